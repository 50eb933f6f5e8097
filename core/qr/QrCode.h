#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <vector>

namespace paydesk {

// A QR code symbol as a square matrix of modules, encoded from UTF-8 text by libqrencode (Model 2, versions 1–40).
// A plain value: copy it, compare it, read it from any thread. No Gui: models/QrImage paints it, toSvg() writes it.
//
// Text that is pure ASCII is encoded as libqrencode splits it (numeric / alphanumeric / 8-bit segments), the most
// widely readable form. Text with any non-ASCII character is encoded as 8-bit data behind an ECI 26 (UTF-8)
// header, so readers do not have to guess the character set. The text is never converted with toLocal8Bit().
//
// Built without libqrencode (PAYDESK_WITH_QRENCODE off), encode() always fails with Error::Unavailable.
class QrCode final
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    // ISO/IEC 18004 error-correction levels: the share of the symbol that can be damaged and still read.
    enum class ErrorCorrection {
        Low, // L, ~7 %
        Medium, // M, ~15 % (the default)
        Quartile, // Q, ~25 %
        High, // H, ~30 %
    };

    enum class Error {
        None,
        Empty, // nothing to encode
        TooLong, // does not fit in a version 40 symbol at the chosen level
        Unavailable, // built without libqrencode
        EncodingFailed, // libqrencode failed otherwise (out of memory)
    };

    // Upper bound of any input: 7089 digits fit a version 40-L symbol; longer UTF-8 is TooLong without encoding.
    static constexpr int kMaxInputBytes = 7089;

    // The symbol for `text` at the smallest version that holds it; std::nullopt with *error set on failure.
    static std::optional<QrCode> encode(
        QStringView text, ErrorCorrection level = ErrorCorrection::Medium, Error* error = nullptr);

    // Whether this build can encode at all (PAYDESK_WITH_QRENCODE).
    static bool isAvailable();
    // A translated plain-words message for the user ("" for None).
    static QString errorText(Error error);

    // Modules per side: 17 + 4 × version (21 … 177).
    int size() const { return m_size; }
    int version() const { return (m_size - 17) / 4; }
    ErrorCorrection errorCorrection() const { return m_level; }
    // True for a dark module; (0, 0) is the top-left corner. Coordinates outside the matrix are light.
    bool isDark(int x, int y) const;
    int darkModuleCount() const;

    // A standalone SVG 1.1 document: a white square and one black path (one subpath per horizontal run of dark
    // modules) on a grid of one user unit per module, with quietZoneModules light modules around the symbol
    // (4 is what the standard asks for; negative counts as 0) and shape-rendering="crispEdges". The width and
    // height attributes give moduleSizePx pixels per module (at least 1) for viewers that need a size; the
    // viewBox lets it scale without loss.
    QString toSvg(int quietZoneModules = 4, int moduleSizePx = 8) const;

    friend bool operator==(const QrCode&, const QrCode&) = default;

private:
    QrCode(int size, ErrorCorrection level, std::vector<std::uint8_t> modules);

    int m_size = 0;
    ErrorCorrection m_level = ErrorCorrection::Medium;
    std::vector<std::uint8_t> m_modules; // row-major, 1 = dark
};

} // namespace paydesk
