#include "certificate/certificate_number.h"

#include <catch2/catch.hpp>

#include <set>

using namespace pelita::certificate;

TEST_CASE("a certificate number reads PLT-year-five-five in Crockford base 32") {
    const std::string n = newCertificateNumber(2026);
    CHECK(n.size() == std::string("PLT-2026-XXXXX-XXXXX").size());
    CHECK(n.rfind("PLT-2026-", 0) == 0);
    CHECK(n[14] == '-');
    CHECK(n.substr(9).find_first_of("ILOU") == std::string::npos);
    CHECK(isCertificateNumber(n));
}

TEST_CASE("certificate numbers do not repeat and fit the server's id rule") {
    std::set<std::string> seen;
    for (int i = 0; i < 2000; ++i) {
        const std::string n = newCertificateNumber(2027);
        CHECK(seen.insert(n).second);
        // docs/protocol.md: 6-64 of A-Z a-z 0-9 '-', 10+ random characters after the prefix.
        CHECK(n.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") == std::string::npos);
    }
}

TEST_CASE("isCertificateNumber refuses what a learner might mistype") {
    CHECK(isCertificateNumber("PLT-2026-7F3KQ-9XM2A"));
    CHECK_FALSE(isCertificateNumber(""));
    CHECK_FALSE(isCertificateNumber("PLT-2026-7F3KQ9XM2A"));   // group dash missing
    CHECK_FALSE(isCertificateNumber("PLT-2026-7F3KQ-9XM2"));   // one short
    CHECK_FALSE(isCertificateNumber("PLT-2026-7F3KQ-9XM2AB")); // one long
    CHECK_FALSE(isCertificateNumber("PLT-2026-7F3KQ-9XMOA"));  // O is not in the alphabet
    CHECK_FALSE(isCertificateNumber("plt-2026-7F3KQ-9XM2A"));
    CHECK_FALSE(isCertificateNumber("PLT-20X6-7F3KQ-9XM2A"));
    CHECK_FALSE(isCertificateNumber("ABC-2026-7F3KQ-9XM2A"));
}
