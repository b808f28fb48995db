// The lesson player: the lesson's Markdown in a centred column of about 70
// characters, the reading position kept, the keyboard, the way on at the end of
// the text, and the way back fixed below it.
#include "views/views.h"

#include "platform/fonts.h"
#include "platform/textures.h"
#include "ui/screen_text.h"
#include "ui/widgets.h"
#include "views/layout.h"
#include "views/lesson_blocks.h"
#include "views/lesson_links.h"
#include "views/lesson_position.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace pelita::kiosk::views {

namespace {

// About 70 characters of body text a line: long enough for sentences, short
// enough that the eye finds the next line.
constexpr float kMeasureChars = 70.0f;
// Positions closer than this are the same place (as in the controller).
constexpr double kSamePlace = 0.01;

// What the view keeps between frames for the open lesson. UI-only: where the
// blocks are this frame, the keyboard focus, the textures of its images.
struct LessonView {
    std::string lessonId;
    LessonKeys keys;
    platform::TextureCache textures;
    std::vector<float> tops;
    float end = 0;
    double anchor = -1;   // a restored position held until the learner scrolls (images may still load)
    float setScroll = -1; // the scroll offset the view last asked for
    float lastScroll = -1;
    double reported = -1;

    void reset() {
        lessonId.clear();
        keys.reset();
        textures.clear();
        tops.clear();
        end = 0;
        anchor = -1;
        setScroll = lastScroll = -1;
        reported = -1;
    }
};

// Never destroyed: its textures belong to a GL context that is gone at exit.
LessonView& lessonView() {
    static auto* view = new LessonView;
    return *view;
}

float readingWidth() {
    ImFont* body = platform::fonts().body;
    const char* sample = "abcdefghijklmnopqrstuvwxyz";
    return kMeasureChars * body->CalcTextSizeA(body->FontSize, 1e9f, 0, sample).x / 26.0f;
}

// Keeps the restored place on screen while the layout settles, then reports
// where the learner is each time scrolling comes to rest.
void trackPosition(ViewContext& ctx, LessonView& v) {
    const LessonPage& page = ctx.state.lesson;
    const float scroll = ImGui::GetScrollY();
    if (v.lastScroll < 0 && page.restorePosition < 0 && scroll != 0) {
        // A lesson read for the first time starts at its top, not where the
        // previous lesson's scroll left the shared child window.
        ImGui::SetScrollY(0);
        v.lastScroll = 0;
        return;
    }
    if (v.anchor < 0 && v.reported < 0 && page.restorePosition >= 0) {
        v.anchor = page.restorePosition;
        v.reported = page.restorePosition;
    }
    if (v.anchor >= 0) {
        // Whole pixels, as the scroll offset was when the place was saved; never
        // past the end (a place near the end of a lesson set in larger type).
        const float target = std::min(std::round(offsetFor(v.tops, v.end, v.anchor)), ImGui::GetScrollMaxY());
        const bool learnerMoved = ImGui::GetIO().MouseWheel != 0 ||
                                  (v.setScroll >= 0 && std::fabs(scroll - v.setScroll) > 0.5f &&
                                   std::fabs(scroll - target) > 0.5f);
        if (learnerMoved) {
            v.anchor = -1;
        } else if (std::fabs(scroll - target) > 0.5f) {
            ImGui::SetScrollY(target);
            v.setScroll = target;
            return;
        }
    }
    if (v.anchor < 0 && scroll == v.lastScroll) {
        const double position = positionAt(v.tops, v.end, scroll);
        if (std::fabs(position - v.reported) >= kSamePlace) {
            ctx.dispatch(intent::ReadAt{page.lessonId, position});
            v.reported = position;
        }
    }
    v.lastScroll = scroll;
}

// At the end of the text: the lesson is read, on to the next.
void drawWayOn(ViewContext& ctx, LessonView& v) {
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    if (ui::BigButton(ctx.tr("lesson.finish")) | v.keys.lastItem()) ctx.dispatch(intent::FinishLesson{});
}

// Below the page, never scrolled away: a learner who stops mid-lesson leaves from
// where they are reading, so the place saved is that one, not the end of the text.
void drawWayBack(ViewContext& ctx, const content::Course& course, LessonView& v) {
    const std::string previous = previousLesson(course, ctx.state.lesson.lessonId);
    if (!previous.empty()) {
        if (ui::Button(ctx.tr("lesson.previous")) | v.keys.lastItem(false))
            ctx.dispatch(intent::OpenLesson{previous});
        ImGui::SameLine();
    }
    if (ui::Button(ctx.tr("common.back_course")) | v.keys.lastItem(false)) ctx.dispatch(intent::BackToCourse{});
}

void drawBody(ViewContext& ctx, const content::Course& course, const content::Lesson& lesson, LessonView& v) {
    const std::string& lang = ctx.t.language();
    ui::Muted(course.title.get(lang) + "  \xC2\xB7  " + lesson.title.get(lang));
    LinkHandlers links{v.keys,
                       [&](const std::string& href) {
                           const LinkTarget target = resolveLink(course, lesson, href);
                           if (target.kind == LinkKind::Lesson) ctx.dispatch(intent::OpenLesson{target.lessonId});
                       },
                       [&](const std::string& href) {
                           const LinkTarget target = resolveLink(course, lesson, href);
                           if (target.kind == LinkKind::External)
                               ImGui::SetTooltip("%s\n%s", ctx.tr("lesson.external_link"), href.c_str());
                       }};
    LessonCanvas canvas{links, v.textures, ctx.state.lesson.images, ctx.state.lesson.lessonId, ctx.dispatch,
                        ctx.tr("lesson.image_loading"),
                        [&](const std::string& problem) {
                            return ctx.t.format("lesson.image_problem", {{"problem", problem}});
                        }};
    drawBlocks(ctx.state.lesson.document.blocks, ImGui::GetContentRegionAvail().x, canvas, v.tops, v.end);
    drawWayOn(ctx, v);
    trackPosition(ctx, v);
}

} // namespace

void closeLesson() {
    lessonView().reset();
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
}

void drawLesson(ViewContext& ctx) {
    const LessonPage& page = ctx.state.lesson;
    const content::Course* course = ctx.state.openCourse();
    const content::Lesson* lesson = course ? course->findLesson(page.lessonId) : nullptr;
    LessonView& v = lessonView();
    if (v.lessonId != page.lessonId || page.loading) {
        closeLesson(); // another lesson: its textures, focus and place go
        v.lessonId = page.loading ? std::string() : page.lessonId;
    }
    // This screen's keys scroll the text and step through links (lesson_keys.h),
    // rather than ImGui's arrow-key navigation between buttons.
    ImGui::GetIO().ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = std::min(avail.x, readingWidth() + style.ScrollbarSize + 2 * style.WindowPadding.x);
    const float left = ImGui::GetCursorPosX() + std::max(0.0f, (avail.x - width) / 2);
    const float wayBack = ImGui::GetFrameHeight() + style.ItemSpacing.y;
    ImGui::SetCursorPosX(left);
    ImGui::BeginChild("lesson", ImVec2(width, avail.y - statusBarHeight() - wayBack), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PushTextWrapPos(0.0f);
    ui::continueTextCapture();
    v.keys.begin();
    if (!lesson) {
        ui::TextWrapped(ctx.tr("course.missing"));
        if (ui::Button(ctx.tr("common.back_course"))) ctx.dispatch(intent::BackToCourse{});
    } else if (page.loading) {
        ui::Muted(ctx.tr("lesson.loading"));
    } else {
        drawBody(ctx, *course, *lesson, v);
    }
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, 24)); // breathing room at the end of a scrolled page
    ImGui::EndChild();
    if (lesson && !page.loading) {
        ImGui::SetCursorPosX(left + style.WindowPadding.x); // in line with the text
        drawWayBack(ctx, *course, v);
    }
    v.keys.end();
}

} // namespace pelita::kiosk::views
