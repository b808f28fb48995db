#pragma once
// Issuing a certificate the moment a learner passes a course, with no network.
//
// A course is passed as sync/jp.h defines it: every quiz in it passed, or, for a
// course without quizzes, every lesson read. The certificate is stored together
// with the course's "passed" statement that announces it to the server, in one
// transaction (RecordsStore::issueCertificate), so the paper and the server's
// verification can never disagree on the number.
//
// Threads: as the RecordsStore (the kiosk's records worker).
#include <pelita/content/course.h>
#include <pelita/sync/records_store.h>

#include <optional>
#include <string>

namespace pelita::certificate {

// The learner's certificate for `course`: the one already issued, or a new one
// when the course is now passed; nothing while it is not. Safe to call after
// every submit and lesson: it issues at most once per learner and course.
// Throws std::runtime_error as RecordsStore writes do.
std::optional<sync::Certificate> issueIfPassed(sync::RecordsStore& store, const sync::Learner& learner,
                                               const content::Course& course, const std::string& homePage);

} // namespace pelita::certificate
