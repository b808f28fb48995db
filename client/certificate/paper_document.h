#pragma once
// PaperDocument: one PDF page drawn with libharu, owning the HPDF_Doc (RAII), with
// the few primitives a certificate needs: UTF-8 text in embedded DejaVu faces,
// centred, fitted or wrapped; frames; a QR code. libharu reports errors through a
// callback; they are collected and returned by finish() instead of thrown across C.
// One thread per object.
#include <pelita/content/expected.h>

#include <filesystem>
#include <optional>
#include <string>

namespace pelita::certificate {

struct Colour {
    float r, g, b;
};

enum class Face { Regular, Bold, Title };

class PaperDocument {
public:
    // A document of one page, `width` x `height` points, with DejaVu Sans, Sans
    // Bold and Serif Bold from `fontFolder`. Check problem() before drawing.
    PaperDocument(float width, float height, const std::filesystem::path& fontFolder);
    ~PaperDocument();
    PaperDocument(const PaperDocument&) = delete;
    PaperDocument& operator=(const PaperDocument&) = delete;

    std::optional<std::string> problem() const;
    void setInfo(const std::string& title, const std::string& author);

    // Text with its baseline at y. x is the left edge, the centre, or the right edge.
    void text(const std::string& utf8, Face face, float size, float x, float y, Colour colour);
    void centred(const std::string& utf8, Face face, float size, float x, float y, Colour colour);
    // Shrinks the size until the text fits `maxWidth`.
    void centredFit(const std::string& utf8, Face face, float size, float x, float y, float maxWidth, Colour colour);
    void rightAlignedFit(const std::string& utf8, Face face, float size, float right, float y, float maxWidth,
                         Colour colour);
    // Wraps at spaces into at most `maxLines` lines (shrinking if needed); returns the last baseline.
    float centredWrapped(const std::string& utf8, Face face, float size, float x, float y, float maxWidth,
                         int maxLines, Colour colour);
    void strokeRect(float x, float y, float w, float h, float lineWidth, Colour colour);
    // The QR code of `data` (error correction M), as a square of `size` points with its corner at x, y.
    void qrCode(const std::string& data, float x, float y, float size);

    // The PDF's bytes, or every error libharu reported.
    Expected<std::string, std::string> finish();

private:
    float width(const std::string& utf8, Face face, float size) const;
    void* font(Face face) const;

    struct Impl;
    Impl* impl_;
};

} // namespace pelita::certificate
