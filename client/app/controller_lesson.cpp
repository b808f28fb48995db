// The lesson player's intents: where the learner is reading, the images of the
// lesson, and the text size and contrast.
#include "app/controller.h"

#include "platform/textures.h"

#include <pelita/sync/clock.h>

namespace pelita::kiosk {

namespace {

// Positions closer than this are the same place (a hundredth of a paragraph);
// a restored position read back after layout differs from the saved one by rounding.
constexpr double kSamePlace = 0.01;

bool samePlace(double a, double b) { return a > b - kSamePlace && a < b + kSamePlace; }

} // namespace

void Controller::on(const intent::ReadAt& i) {
    if (state_.screen != Screen::Lesson || i.lessonId != state_.lesson.lessonId || !state_.learner) return;
    state_.lesson.position = i.position;
    state_.lastReading = sync::ReadingPlace{i.lessonId, i.position, sync::nowMs()}; // "Lanjutkan" follows at once
    // One write at a time: a learner scrolling fast sends many positions, and only
    // the newest matters. When the write lands, a newer position (if any) follows.
    if (!state_.lesson.positionWriting) writeReadingPosition();
}

void Controller::writeReadingPosition() {
    LessonPage& page = state_.lesson;
    // position < 0: the lesson is still loading, the learner has not seen it yet.
    if (!state_.learner || page.lessonId.empty() || page.position < 0 || samePlace(page.position, page.savedPosition))
        return;
    page.positionWriting = true;
    page.savedPosition = page.position;
    save<bool>(
        [nip = state_.learner->nip, iri = state_.courseIri, id = page.lessonId,
         position = page.position](sync::RecordsStore& store) {
            store.saveReadingPosition(nip, iri, id, position, sync::nowMs());
            return true;
        },
        [this, id = page.lessonId](bool) {
            if (state_.lesson.lessonId != id) return; // another lesson's page: it keeps its own record
            state_.lesson.positionWriting = false;
            writeReadingPosition();
        },
        [this, id = page.lessonId] {
            if (state_.lesson.lessonId == id) state_.lesson.positionWriting = false;
        });
}

void Controller::leaveLesson() {
    // Whatever is in flight was queued first, so the worker stores this after it.
    state_.lesson.positionWriting = false;
    writeReadingPosition();
}

void Controller::on(const intent::ImageShown& i) {
    if (i.lessonId != state_.lesson.lessonId) return;
    const auto found = state_.lesson.images.find(i.source);
    if (found == state_.lesson.images.end() || !found->second.rgba) return;
    found->second.rgba.reset();
}

void Controller::on(const intent::ImageNeeded& i) {
    if (i.lessonId != state_.lesson.lessonId) return;
    const auto found = state_.lesson.images.find(i.source);
    if (found == state_.lesson.images.end() || !found->second.shown()) return;
    state_.lesson.images.erase(found);
    const content::Course* course = state_.openCourse();
    const content::Lesson* lesson = course ? course->findLesson(i.lessonId) : nullptr;
    if (lesson) loadLessonImages(*course, *lesson);
}

void Controller::loadLessonImages(const content::Course& course, const content::Lesson& lesson) {
    for (const auto& block : state_.lesson.document.blocks) {
        if (block.kind != content::BlockKind::Image || state_.lesson.images.count(block.source)) continue;
        state_.lesson.images[block.source] = LessonImage{};
        // Relative to the lesson's file, as written; it must stay inside the course.
        const auto relative = (lesson.file.parent_path() / std::filesystem::u8path(block.source)).lexically_normal();
        using Decoded = Expected<platform::DecodedImage, std::string>;
        load<std::shared_ptr<Decoded>>(
            [root = course.root, relative, source = block.source](sync::RecordsStore&) {
                if (relative.empty() || relative.is_absolute() || *relative.begin() == "..")
                    return std::make_shared<Decoded>(unexpected(source + ": outside the course folder"));
                return std::make_shared<Decoded>(platform::decodeImage(root / relative));
            },
            [this, id = lesson.id, source = block.source](std::shared_ptr<Decoded> decoded) {
                if (state_.lesson.lessonId != id) return;
                LessonImage& image = state_.lesson.images[source];
                image.loading = false;
                if (!*decoded) {
                    image.problem = decoded->error();
                    return;
                }
                image.width = (*decoded)->width;
                image.height = (*decoded)->height;
                image.rgba = std::make_shared<const std::vector<unsigned char>>(std::move((*decoded)->rgba));
            });
    }
}

void Controller::on(const intent::SetDisplay& i) {
    sync::KioskSettings settings = state_.settings;
    settings.textScale = sync::clampTextScale(i.textScale);
    settings.highContrast = i.highContrast;
    if (settings.textScale == state_.settings.textScale && settings.highContrast == state_.settings.highContrast)
        return;
    state_.settings = settings;
    write([settings](sync::RecordsStore& store) { settings.save(store); });
    if (hooks_.displayChanged) hooks_.displayChanged(settings.textScale, settings.highContrast);
}

} // namespace pelita::kiosk
