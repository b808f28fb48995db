#include "pelita_fixture.h"

namespace pelita::test {

using nlohmann::json;

PelitaServer::PelitaServer()
    : publisher(content::generateKey("bkpsdm-test")), adminKey(lrs.newCredential(server::Role::Admin, "admin")),
      readerKey(lrs.newCredential(server::Role::Reader, "reader")),
      kioskKey(lrs.newCredential(server::Role::Kiosk, "Kios Setda")) {
    std::filesystem::create_directories(lrs.dataDir / "trusted-keys");
    auto written = content::writePublicKey(publisher.publicKey, lrs.dataDir / "trusted-keys" / "bkpsdm-test.pub");
    if (!written) throw std::runtime_error(written.error().describe());
}

PackageDraft PelitaServer::draft(const std::string& version) const {
    PackageDraft d;
    d.course["version"] = version;
    d.signer = publisher;
    return d;
}

std::string PelitaServer::packageFrom(const PackageDraft& d) const {
    const auto file = scratch / "draft.pelita";
    d.write(file);
    return readBytes(file);
}

std::string PelitaServer::package(const std::string& version) const { return packageFrom(draft(version)); }

httplib::Result PelitaServer::publish(const std::string& bytes) const {
    return admin().Post("/pelita/v1/packages", bytes, "application/zip");
}

json PelitaServer::catalogue(const std::string& query) const {
    auto res = kiosk().Get(("/pelita/v1/catalogue" + (query.empty() ? "" : "?" + query)).c_str());
    if (!res || res->status != 200) throw std::runtime_error("GET catalogue failed: " + (res ? res->body : "no response"));
    return json::parse(res->body);
}

void PelitaServer::registerKiosk(const server::NewCredential& kiosk, const std::string& opd) const {
    const json body = {{"kioskId", "kiosk-" + kiosk.key.substr(0, 6)}, {"name", "Kios " + opd}, {"opd", opd},
                       {"appVersion", "0.1.0"}};
    auto res = lrs.clientAs(kiosk).Post("/pelita/v1/kiosks/register", body.dump(), "application/json");
    REQUIRE(res);
    REQUIRE(res->status == 200);
}

httplib::Result PelitaServer::putRoster(const std::string& body, const std::string& contentType) const {
    return admin().Put("/pelita/v1/roster", body, contentType.c_str());
}

json learnerAgent(const std::string& nip) {
    return {{"objectType", "Agent"}, {"name", "Peserta " + nip}, {"account", {{"homePage", kHomePage}, {"name", nip}}}};
}

} // namespace pelita::test
