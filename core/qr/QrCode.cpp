#include "core/qr/QrCode.h"

#include <QByteArray>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <utility>

#if PAYDESK_WITH_QRENCODE
#include <qrencode.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

namespace {

#if PAYDESK_WITH_QRENCODE

// ECI assignment number of UTF-8 (AIM ECI specification).
constexpr unsigned int kEciUtf8 = 26;

struct QrcodeDeleter
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};
struct QrinputDeleter
{
    void operator()(QRinput* input) const { QRinput_free(input); }
};
using QrcodePtr = std::unique_ptr<QRcode, QrcodeDeleter>;
using QrinputPtr = std::unique_ptr<QRinput, QrinputDeleter>;

QRecLevel toQrecLevel(QrCode::ErrorCorrection level)
{
    switch (level) {
    case QrCode::ErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case QrCode::ErrorCorrection::Medium:
        return QR_ECLEVEL_M;
    case QrCode::ErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case QrCode::ErrorCorrection::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

bool isPlainAscii(const QByteArray& utf8)
{
    // A NUL would end the C string QRcode_encodeString reads, so it takes the length-counted 8-bit path too.
    return std::all_of(utf8.cbegin(), utf8.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte != 0 && byte < 0x80;
    });
}

bool hasNonAscii(const QByteArray& utf8)
{
    return std::any_of(utf8.cbegin(), utf8.cend(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// Version 0: libqrencode picks the smallest version that holds the data.
QrcodePtr encodeUtf8(const QByteArray& utf8, QRecLevel level)
{
    if (isPlainAscii(utf8)) {
        return QrcodePtr(QRcode_encodeString(utf8.constData(), 0, level, QR_MODE_8, 1));
    }
    QrinputPtr input(QRinput_new2(0, level));
    if (!input) {
        return nullptr;
    }
    if (hasNonAscii(utf8) && QRinput_appendECIheader(input.get(), kEciUtf8) != 0) {
        return nullptr;
    }
    if (QRinput_append(input.get(), QR_MODE_8, static_cast<int>(utf8.size()),
            reinterpret_cast<const unsigned char*>(utf8.constData()))
        != 0) {
        return nullptr;
    }
    return QrcodePtr(QRcode_encodeInput(input.get()));
}

#endif // PAYDESK_WITH_QRENCODE

void setError(QrCode::Error* error, QrCode::Error value)
{
    if (error) {
        *error = value;
    }
}

} // namespace

QrCode::QrCode(int size, ErrorCorrection level, std::vector<std::uint8_t> modules)
    : m_size(size)
    , m_level(level)
    , m_modules(std::move(modules))
{
}

std::optional<QrCode> QrCode::encode(QStringView text, ErrorCorrection level, Error* error)
{
    setError(error, Error::None);
    if (text.isEmpty()) {
        setError(error, Error::Empty);
        return std::nullopt;
    }
#if PAYDESK_WITH_QRENCODE
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > kMaxInputBytes) {
        setError(error, Error::TooLong);
        return std::nullopt;
    }
    errno = 0;
    const QrcodePtr code = encodeUtf8(utf8, toQrecLevel(level));
    if (!code) {
        // libqrencode reports input beyond version 40 as ERANGE; EINVAL cannot come from the arguments given here.
        setError(error, errno == ERANGE ? Error::TooLong : Error::EncodingFailed);
        return std::nullopt;
    }
    const int size = code->width;
    std::vector<std::uint8_t> modules(static_cast<std::size_t>(size) * static_cast<std::size_t>(size));
    for (std::size_t i = 0; i < modules.size(); ++i) {
        modules[i] = code->data[i] & 1U; // bit 0: dark; the other bits describe which function pattern it is
    }
    return QrCode(size, level, std::move(modules));
#else
    Q_UNUSED(level)
    setError(error, Error::Unavailable);
    return std::nullopt;
#endif
}

bool QrCode::isAvailable()
{
#if PAYDESK_WITH_QRENCODE
    return true;
#else
    return false;
#endif
}

QString QrCode::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("There is nothing to put in the QR code.");
    case Error::TooLong:
        return tr("The text is too long for a QR code. Use a shorter text or a lower error-correction level.");
    case Error::Unavailable:
        return tr("QR codes are not available: this build of Paydesk has no QR code library.");
    case Error::EncodingFailed:
        return tr("The QR code could not be made (out of memory).");
    }
    return {};
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size) {
        return false;
    }
    return m_modules[static_cast<std::size_t>(y) * static_cast<std::size_t>(m_size) + static_cast<std::size_t>(x)] != 0;
}

int QrCode::darkModuleCount() const
{
    return static_cast<int>(std::count(m_modules.cbegin(), m_modules.cend(), std::uint8_t{1}));
}

QString QrCode::toSvg(int quietZoneModules, int moduleSizePx) const
{
    const int quiet = std::max(0, quietZoneModules);
    const int side = m_size + 2 * quiet;
    const QString sideText = QString::number(side);
    const QString pixelText = QString::number(static_cast<qint64>(side) * std::max(1, moduleSizePx));

    QString path;
    path.reserve(m_size * m_size); // a generous guess: about half the modules are dark, merged into runs
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y)) {
                ++x;
            }
            const QString run = QString::number(x - start);
            path += u'M' + QString::number(start + quiet) + u' ' + QString::number(y + quiet) + u'h' + run + u"v1h-"_s
                + run + u'z';
        }
    }

    return u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\""_s
        + pixelText + u"\" height=\""_s + pixelText + u"\" viewBox=\"0 0 "_s + sideText + u' ' + sideText
        + u"\" shape-rendering=\"crispEdges\">\n<rect width=\""_s + sideText + u"\" height=\""_s + sideText
        + u"\" fill=\"#ffffff\"/>\n<path fill=\"#000000\" d=\""_s + path + u"\"/>\n</svg>\n"_s;
}

} // namespace paydesk
