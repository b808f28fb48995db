// pelita-pack init: a course source folder to start from, explained inside.
#include <pelita/content/course_library.h>

#include "pack_commands.h"

#include <filesystem>
#include <fstream>
#include <iostream>

namespace pelita::pack {

namespace fs = std::filesystem;

namespace {

constexpr const char* kUsage =
    "Usage: pelita-pack init DIR\n"
    "  Creates the course source folder DIR with a small working example: course.json\n"
    "  (its \"$comment\" fields explain each part), one lesson, one quiz, and PANDUAN.md.\n"
    "  Edit them, then: pelita-pack build DIR -o DIR.pelita --key YOUR.key\n";

std::string courseJson(const std::string& slug) {
    return R"({
  "$comment": "Kursus Pelita. Isi setiap bagian; bidang \"$comment\" hanya catatan dan boleh dihapus. See docs/course-format.md.",
  "schemaVersion": 1,
  "$comment-id": "Alamat tetap kursus ini (IRI). Jangan diubah setelah kursus dipakai: hasil belajar merujuk ke alamat ini.",
  "id": "https://pelita.example.go.id/course/)" +
           slug + R"(",
  "$comment-version": "Naikkan versi setiap kali kursus diperbarui, misalnya 1.0.0 lalu 1.1.0.",
  "version": "1.0.0",
  "language": "id-ID",
  "title": { "id-ID": "Judul Kursus", "en-US": "Course Title" },
  "description": { "id-ID": "Satu atau dua kalimat tentang isi kursus.", "en-US": "One or two sentences about the course." },
  "$comment-jpHours": "Jam pelajaran (JP) yang diberikan bila lulus; passMark 0.7 berarti nilai lulus 70 %.",
  "jpHours": 1,
  "passMark": 0.7,
  "modules": [
    {
      "id": "modul-1",
      "title": { "id-ID": "Modul 1", "en-US": "Module 1" },
      "lessons": [
        { "id": "pendahuluan", "title": { "id-ID": "Pendahuluan", "en-US": "Introduction" }, "file": "lessons/01-pendahuluan.md", "minutes": 5 }
      ],
      "quizzes": [
        { "id": "kuis-1", "title": { "id-ID": "Kuis Modul 1", "en-US": "Module 1 Quiz" }, "file": "quizzes/kuis-1.json" }
      ]
    }
  ]
}
)";
}

constexpr const char* kLesson =
    "# Pendahuluan\n\n"
    "Tulis materi dalam **Markdown**: judul dengan `#`, daftar dengan `-`, tabel, dan gambar.\n\n"
    "- Gambar disimpan di folder kursus, misalnya `media/`, lalu ditautkan: "
    "`![Keterangan](../media/foto.jpg)`.\n"
    "- `pelita-pack build` memeriksa setiap gambar dan tautan; yang hilang disebut dengan nama file dan "
    "barisnya.\n";

constexpr const char* kQuiz = R"({
  "questions": [
    {
      "id": "contoh-1",
      "type": "single-choice",
      "lesson": "pendahuluan",
      "stem": "Perintah apa yang membuat paket kursus?",
      "options": [
        { "id": "a", "text": "`pelita-pack build`", "correct": true },
        { "id": "b", "text": "`pelita-pack keygen`", "feedback": "keygen membuat kunci penerbit, bukan paket." }
      ],
      "feedback": "`pelita-pack build FOLDER -o KURSUS.pelita --key KUNCI.key` membuat paket yang ditandatangani."
    }
  ]
}
)";

constexpr const char* kGuide =
    "# Panduan singkat / Quick guide\n\n"
    "1. Ubah `course.json`: judul, versi, modul, pelajaran dan kuis.\n"
    "2. Tulis pelajaran di `lessons/` (Markdown) dan kuis di `quizzes/` (JSON).\n"
    "3. Sekali saja: `pelita-pack keygen nama-instansi` (simpan `.key` baik-baik).\n"
    "4. `pelita-pack build . -o ../kursus.pelita --key nama-instansi.key`\n\n"
    "This file is not packed: a package holds only the files the course uses.\n";

bool write(const fs::path& file, const std::string& text) {
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out << text;
    return static_cast<bool>(out.flush());
}

} // namespace

int runInit(const std::vector<std::string>& argv) {
    auto line = parseCommand("init", kUsage, argv, 1);
    if (line.exitCode) return *line.exitCode;
    const fs::path dir = fs::u8path(line.args.positional[0]);
    std::error_code ec;
    if (fs::exists(dir, ec) && !fs::is_empty(dir, ec)) {
        std::cerr << "pelita-pack init: " << dir.string() << " already exists and is not empty\n";
        return 1;
    }
    // The folder's name, made safe for the course IRI ("Etika ASN" -> "Etika-ASN").
    const std::string slug = content::courseSlug(fs::absolute(dir).lexically_normal().filename().string());
    const bool ok = write(dir / "course.json", courseJson(slug)) &&
                    write(dir / "lessons/01-pendahuluan.md", kLesson) &&
                    write(dir / "quizzes/kuis-1.json", kQuiz) && write(dir / "PANDUAN.md", kGuide);
    if (!ok) {
        std::cerr << "pelita-pack init: could not write into " << dir.string() << "\n";
        return 1;
    }
    const std::string shown =
        dir.string().find(' ') == std::string::npos ? dir.string() : "\"" + dir.string() + "\"";
    std::cout << "created " << shown << ": edit course.json, lessons/ and quizzes/, then run\n"
              << "  pelita-pack build " << shown << " -o " << slug << ".pelita --key YOUR.key\n";
    return 0;
}

} // namespace pelita::pack
