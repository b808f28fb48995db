#include "certificate/paper_document.h"

#include <hpdf.h>
#include <qrencode.h>

#include <memory>
#include <sstream>
#include <vector>

namespace pelita::certificate {

struct PaperDocument::Impl {
    HPDF_Doc pdf = nullptr;
    HPDF_Page page = nullptr;
    HPDF_Font regular = nullptr, bold = nullptr, title = nullptr;
    std::vector<std::string> errors;
};

namespace {

void onError(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
    auto* errors = static_cast<std::vector<std::string>*>(user);
    std::ostringstream message;
    message << "PDF error 0x" << std::hex << error << " (detail " << std::dec << detail << ")";
    errors->push_back(message.str());
}

HPDF_Font loadFont(HPDF_Doc pdf, const std::filesystem::path& file, std::vector<std::string>& errors) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
        errors.push_back("font not found: " + file.string() + " (install fonts-dejavu-core)");
        return nullptr;
    }
    const char* name = HPDF_LoadTTFontFromFile(pdf, file.string().c_str(), HPDF_TRUE); // embedded
    return name ? HPDF_GetFont(pdf, name, "UTF-8") : nullptr;
}

} // namespace

PaperDocument::PaperDocument(float width, float height, const std::filesystem::path& fontFolder) : impl_(new Impl) {
    impl_->pdf = HPDF_New(onError, &impl_->errors);
    if (!impl_->pdf) {
        impl_->errors.push_back("libharu could not start a document (out of memory)");
        return;
    }
    HPDF_SetCompressionMode(impl_->pdf, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(impl_->pdf);
    impl_->regular = loadFont(impl_->pdf, fontFolder / "DejaVuSans.ttf", impl_->errors);
    impl_->bold = loadFont(impl_->pdf, fontFolder / "DejaVuSans-Bold.ttf", impl_->errors);
    impl_->title = loadFont(impl_->pdf, fontFolder / "DejaVuSerif-Bold.ttf", impl_->errors);
    impl_->page = HPDF_AddPage(impl_->pdf);
    HPDF_Page_SetWidth(impl_->page, width);
    HPDF_Page_SetHeight(impl_->page, height);
}

PaperDocument::~PaperDocument() {
    if (impl_->pdf) HPDF_Free(impl_->pdf);
    delete impl_;
}

std::optional<std::string> PaperDocument::problem() const {
    if (impl_->errors.empty() && impl_->regular && impl_->bold && impl_->title) return std::nullopt;
    return impl_->errors.empty() ? std::string("a font could not be loaded") : impl_->errors.front();
}

void PaperDocument::setInfo(const std::string& title, const std::string& author) {
    HPDF_SetInfoAttr(impl_->pdf, HPDF_INFO_TITLE, title.c_str());
    HPDF_SetInfoAttr(impl_->pdf, HPDF_INFO_AUTHOR, author.c_str());
    HPDF_SetInfoAttr(impl_->pdf, HPDF_INFO_CREATOR, "Pelita");
}

void* PaperDocument::font(Face face) const {
    switch (face) {
    case Face::Bold: return impl_->bold;
    case Face::Title: return impl_->title;
    case Face::Regular: break;
    }
    return impl_->regular;
}

float PaperDocument::width(const std::string& utf8, Face face, float size) const {
    auto* f = static_cast<HPDF_Font>(font(face));
    HPDF_TextWidth w = HPDF_Font_TextWidth(f, reinterpret_cast<const HPDF_BYTE*>(utf8.data()),
                                           static_cast<HPDF_UINT>(utf8.size()));
    return static_cast<float>(w.width) * size / 1000.0f;
}

void PaperDocument::text(const std::string& utf8, Face face, float size, float x, float y, Colour colour) {
    HPDF_Page page = impl_->page;
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, static_cast<HPDF_Font>(font(face)), size);
    HPDF_Page_SetRGBFill(page, colour.r, colour.g, colour.b);
    HPDF_Page_TextOut(page, x, y, utf8.c_str());
    HPDF_Page_EndText(page);
}

void PaperDocument::centred(const std::string& utf8, Face face, float size, float x, float y, Colour colour) {
    text(utf8, face, size, x - width(utf8, face, size) / 2, y, colour);
}

void PaperDocument::centredFit(const std::string& utf8, Face face, float size, float x, float y, float maxWidth,
                               Colour colour) {
    while (size > 6 && width(utf8, face, size) > maxWidth) size -= 0.5f;
    centred(utf8, face, size, x, y, colour);
}

void PaperDocument::rightAlignedFit(const std::string& utf8, Face face, float size, float right, float y,
                                    float maxWidth, Colour colour) {
    while (size > 4 && width(utf8, face, size) > maxWidth) size -= 0.25f;
    text(utf8, face, size, right - width(utf8, face, size), y, colour);
}

float PaperDocument::centredWrapped(const std::string& utf8, Face face, float size, float x, float y,
                                    float maxWidth, int maxLines, Colour colour) {
    std::vector<std::string> words;
    std::istringstream in(utf8);
    for (std::string w; in >> w;) words.push_back(w);
    for (;; size -= 0.5f) {
        std::vector<std::string> lines;
        for (const auto& w : words) {
            if (!lines.empty() && width(lines.back() + " " + w, face, size) <= maxWidth)
                lines.back() += " " + w;
            else
                lines.push_back(w);
        }
        bool fits = static_cast<int>(lines.size()) <= maxLines;
        for (const auto& l : lines) fits = fits && width(l, face, size) <= maxWidth;
        if (!fits && size > 8) continue;
        for (std::size_t i = 0; i < lines.size(); ++i) centred(lines[i], face, size, x, y - i * size * 1.25f, colour);
        return y - static_cast<float>(lines.empty() ? 0 : lines.size() - 1) * size * 1.25f;
    }
}

void PaperDocument::strokeRect(float x, float y, float w, float h, float lineWidth, Colour colour) {
    HPDF_Page page = impl_->page;
    HPDF_Page_SetLineWidth(page, lineWidth);
    HPDF_Page_SetRGBStroke(page, colour.r, colour.g, colour.b);
    HPDF_Page_Rectangle(page, x, y, w, h);
    HPDF_Page_Stroke(page);
}

void PaperDocument::qrCode(const std::string& data, float x, float y, float size) {
    std::unique_ptr<QRcode, void (*)(QRcode*)> qr(QRcode_encodeString(data.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
                                                  QRcode_free);
    if (!qr) {
        impl_->errors.push_back("the QR code could not be made for " + data);
        return;
    }
    const int n = qr->width;
    const int quiet = 4; // the blank margin scanners need, in modules
    const float cell = size / static_cast<float>(n + 2 * quiet);
    HPDF_Page page = impl_->page;
    HPDF_Page_SetRGBFill(page, 0, 0, 0);
    for (int row = 0; row < n; ++row)
        for (int col = 0; col < n; ++col)
            if (qr->data[row * n + col] & 1) // bit 0: a dark module
                HPDF_Page_Rectangle(page, x + (col + quiet) * cell, y + size - (row + quiet + 1) * cell, cell, cell);
    HPDF_Page_Fill(page);
}

Expected<std::string, std::string> PaperDocument::finish() {
    if (auto p = problem()) return unexpected(*p);
    if (HPDF_SaveToStream(impl_->pdf) != HPDF_OK || !impl_->errors.empty())
        return unexpected(impl_->errors.empty() ? std::string("the PDF could not be written") : impl_->errors.front());
    std::string bytes(HPDF_GetStreamSize(impl_->pdf), '\0');
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
    HPDF_ReadFromStream(impl_->pdf, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
    bytes.resize(size);
    return bytes;
}

} // namespace pelita::certificate
