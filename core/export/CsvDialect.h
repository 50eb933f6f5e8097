#pragma once

namespace paydesk {

// How a CSV file is laid out. Whatever the dialect: UTF-8, CRLF line ends, '"' quotes, '.' as the decimal point
// (numbers stay locale-neutral; a spreadsheet whose locale uses a decimal comma is told so by the import dialog).
struct CsvDialect
{
    enum class Separator {
        Comma, // ',' (RFC 4180)
        Semicolon, // ';' what Excel expects in locales with a decimal comma
    };

    Separator separator = Separator::Comma;
    bool byteOrderMark = false; // start the file with the UTF-8 BOM (EF BB BF) so Excel reads it as UTF-8

    char separatorChar() const { return separator == Separator::Semicolon ? ';' : ','; }

    friend bool operator==(const CsvDialect&, const CsvDialect&) = default;
};

} // namespace paydesk
