#include "core/qr/QrCode.h"

#include <QList>
#include <QPoint>
#include <QPointF>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace paydesk;

Q_DECLARE_METATYPE(paydesk::QrCode::ErrorCorrection)
Q_DECLARE_METATYPE(paydesk::QrCode::Error)

namespace {

using Grid = std::vector<std::vector<int>>; // [y][x]: how many times a cell was painted

// What the SVG says, read back independently of QrCode::toSvg(): the root's attributes, the element names, and
// the path painted onto a grid of user units.
struct ParsedSvg
{
    bool wellFormed = false;
    QString errorText;
    QString viewBox;
    QString width;
    QString height;
    QString shapeRendering;
    QStringList elements;
    QString backgroundFill;
    QString pathFill;
    QString pathData;
};

ParsedSvg parseSvg(const QString& svg)
{
    ParsedSvg parsed;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const QString name = xml.name().toString();
        parsed.elements.append(name);
        const QXmlStreamAttributes attributes = xml.attributes();
        if (name == u"svg"_s) {
            if (xml.namespaceUri() != u"http://www.w3.org/2000/svg"_s) {
                parsed.errorText = u"the root is not in the SVG namespace"_s;
            }
            parsed.viewBox = attributes.value(u"viewBox"_s).toString();
            parsed.width = attributes.value(u"width"_s).toString();
            parsed.height = attributes.value(u"height"_s).toString();
            parsed.shapeRendering = attributes.value(u"shape-rendering"_s).toString();
        } else if (name == u"rect"_s) {
            parsed.backgroundFill = attributes.value(u"fill"_s).toString();
        } else if (name == u"path"_s) {
            parsed.pathFill = attributes.value(u"fill"_s).toString();
            parsed.pathData = attributes.value(u"d"_s).toString();
        }
    }
    if (xml.hasError()) {
        parsed.errorText = xml.errorString();
    }
    parsed.wellFormed = !xml.hasError() && parsed.errorText.isEmpty();
    return parsed;
}

// Interprets the path commands an axis-aligned drawing can use (M m L l H h V v Z z), absolute or relative, and
// paints each closed subpath onto `grid`. Every subpath must be a rectangle on whole units: its shoelace area
// equals its bounding box's. Returns an error text, or "" when the path is valid.
QString paintPath(const QString& data, Grid& grid)
{
    static const QRegularExpression token(u"([MmLlHhVvZz])|(-?\\d+(?:\\.\\d+)?)|([\\s,]+)|(.)"_s);
    struct Item
    {
        QChar command;
        double number = 0;
    };
    QList<Item> items;
    for (auto it = token.globalMatch(data); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0) {
            items.append({m.captured(1).at(0), 0});
        } else if (m.capturedLength(2) > 0) {
            items.append({QChar(), m.captured(2).toDouble()});
        } else if (m.capturedLength(4) > 0) {
            return u"unexpected character '%1' in the path"_s.arg(m.captured(4));
        }
    }

    QList<QPointF> points;
    QPointF current;
    QPointF start;
    const auto closeSubpath = [&]() -> QString {
        if (points.size() < 3) {
            return u"a subpath with fewer than three points"_s;
        }
        double left = points.first().x(), right = left, top = points.first().y(), bottom = top;
        double twiceArea = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QPointF& a = points.at(i);
            const QPointF& b = points.at((i + 1) % points.size());
            twiceArea += a.x() * b.y() - b.x() * a.y();
            left = std::min(left, a.x());
            right = std::max(right, a.x());
            top = std::min(top, a.y());
            bottom = std::max(bottom, a.y());
        }
        if (std::abs(std::abs(twiceArea) / 2 - (right - left) * (bottom - top)) > 1e-9) {
            return u"a subpath that is not a rectangle"_s;
        }
        if (left != std::floor(left) || top != std::floor(top) || right != std::floor(right)
            || bottom != std::floor(bottom)) {
            return u"a rectangle off the module grid"_s;
        }
        for (int y = int(top); y < int(bottom); ++y) {
            for (int x = int(left); x < int(right); ++x) {
                if (y < 0 || x < 0 || y >= int(grid.size()) || x >= int(grid.at(0).size())) {
                    return u"a rectangle outside the viewBox"_s;
                }
                ++grid[std::size_t(y)][std::size_t(x)];
            }
        }
        points.clear();
        return {};
    };

    qsizetype i = 0;
    const auto nextNumber = [&](double& out) {
        if (i >= items.size() || !items.at(i).command.isNull()) {
            return false;
        }
        out = items.at(i++).number;
        return true;
    };
    while (i < items.size()) {
        const QChar command = items.at(i++).command;
        if (command.isNull()) {
            return u"a number without a command"_s;
        }
        const bool relative = command.isLower();
        switch (command.toUpper().unicode()) {
        case u'M':
        case u'L': {
            double x = 0;
            double y = 0;
            if (!nextNumber(x) || !nextNumber(y)) {
                return u"%1 without two numbers"_s.arg(command);
            }
            current = relative ? current + QPointF(x, y) : QPointF(x, y);
            if (command.toUpper() == u'M') {
                if (!points.isEmpty()) {
                    return u"a subpath left open"_s;
                }
                start = current;
            }
            points.append(current);
            break;
        }
        case u'H':
        case u'V': {
            double v = 0;
            if (!nextNumber(v)) {
                return u"%1 without a number"_s.arg(command);
            }
            if (command.toUpper() == u'H') {
                current.setX(relative ? current.x() + v : v);
            } else {
                current.setY(relative ? current.y() + v : v);
            }
            points.append(current);
            break;
        }
        case u'Z': {
            if (!points.isEmpty() && points.last() == start) {
                points.removeLast();
            }
            if (const QString problem = closeSubpath(); !problem.isEmpty()) {
                return problem;
            }
            current = start;
            break;
        }
        default:
            return u"unsupported command"_s;
        }
    }
    if (!points.isEmpty()) {
        return u"a subpath left open at the end"_s;
    }
    return {};
}

QString repeated(QStringView unit, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        text += unit;
    }
    return text;
}

} // namespace

class TstQrCode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void empty();
    void versionFromCapacity_data();
    void versionFromCapacity();
    void sizeGrowsWithLength();
    void tooLong_data();
    void tooLong();
    void functionPatterns_data();
    void functionPatterns();
    void deterministic();
    void levelIsKept();
    void svg_data();
    void svg();
    void svgNegativeQuietZone();
    void errorTexts();
};

void TstQrCode::initTestCase()
{
    if (!QrCode::isAvailable()) {
        QrCode::Error error = QrCode::Error::None;
        QVERIFY(!QrCode::encode(u"x").has_value());
        QVERIFY(!QrCode::encode(u"x", QrCode::ErrorCorrection::Medium, &error));
        QCOMPARE(error, QrCode::Error::Unavailable);
        QSKIP("built without libqrencode (PAYDESK_WITH_QRENCODE off)");
    }
}

void TstQrCode::empty()
{
    QrCode::Error error = QrCode::Error::None;
    QVERIFY(!QrCode::encode(u"", QrCode::ErrorCorrection::Medium, &error));
    QCOMPARE(error, QrCode::Error::Empty);
}

// Byte-mode capacities from ISO/IEC 18004 table 7: the longest text a version holds, and one byte more.
void TstQrCode::versionFromCapacity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QrCode::ErrorCorrection>("level");
    QTest::addColumn<int>("version");

    using L = QrCode::ErrorCorrection;
    // Lower-case letters are not in the alphanumeric set, so they go as 8-bit bytes.
    QTest::newRow("1-L 17 bytes") << repeated(u"a", 17) << L::Low << 1;
    QTest::newRow("2-L 18 bytes") << repeated(u"a", 18) << L::Low << 2;
    QTest::newRow("1-M 14 bytes") << repeated(u"a", 14) << L::Medium << 1;
    QTest::newRow("2-M 15 bytes") << repeated(u"a", 15) << L::Medium << 2;
    QTest::newRow("2-M 26 bytes") << repeated(u"a", 26) << L::Medium << 2;
    QTest::newRow("3-M 27 bytes") << repeated(u"a", 27) << L::Medium << 3;
    QTest::newRow("10-M 213 bytes") << repeated(u"a", 213) << L::Medium << 10;
    QTest::newRow("11-M 214 bytes") << repeated(u"a", 214) << L::Medium << 11;
    QTest::newRow("1-Q 11 bytes") << repeated(u"a", 11) << L::Quartile << 1;
    QTest::newRow("2-Q 12 bytes") << repeated(u"a", 12) << L::Quartile << 2;
    QTest::newRow("1-H 7 bytes") << repeated(u"a", 7) << L::High << 1;
    QTest::newRow("2-H 8 bytes") << repeated(u"a", 8) << L::High << 2;
    QTest::newRow("40-M 2331 bytes") << repeated(u"a", 2331) << L::Medium << 40;
    // Digits and upper-case letters pack tighter (numeric: 41 in 1-L; alphanumeric: 25 in 1-L).
    QTest::newRow("numeric 1-L 41") << repeated(u"7", 41) << L::Low << 1;
    QTest::newRow("numeric 2-L 42") << repeated(u"7", 42) << L::Low << 2;
    QTest::newRow("alnum 1-L 25") << repeated(u"A", 25) << L::Low << 1;
    QTest::newRow("alnum 2-L 26") << repeated(u"A", 26) << L::Low << 2;
    // Non-ASCII: UTF-8 bytes behind an ECI 26 header. Without the header 14 bytes fit 1-M (as above); with it
    // libqrencode fits 11 and moves 12 up to version 2, so the second row shows the header is there.
    QTest::newRow("utf8 1-M 11 bytes") << repeated(u"é", 5) + u"x"_s << L::Medium << 1;
    QTest::newRow("utf8 2-M 12 bytes") << repeated(u"é", 6) << L::Medium << 2;
    QTest::newRow("ascii 1-M 12 bytes") << repeated(u"e", 12) << L::Medium << 1;
}

void TstQrCode::versionFromCapacity()
{
    QFETCH(QString, text);
    QFETCH(QrCode::ErrorCorrection, level);
    QFETCH(int, version);

    QrCode::Error error = QrCode::Error::TooLong;
    const std::optional<QrCode> code = QrCode::encode(text, level, &error);
    QVERIFY(code);
    QCOMPARE(error, QrCode::Error::None);
    QCOMPARE(code->version(), version);
    QCOMPARE(code->size(), 17 + 4 * version);
}

void TstQrCode::sizeGrowsWithLength()
{
    int previous = 0;
    QList<int> sizes;
    for (const int length : {1, 10, 30, 60, 120, 250, 500, 1000, 2000}) {
        const auto code = QrCode::encode(QString(u"https://pay.example/"_s + repeated(u"x", length)).left(length));
        QVERIFY2(code, qPrintable(u"length %1"_s.arg(length)));
        QVERIFY2(
            code->size() >= previous, qPrintable(u"length %1: %2 < %3"_s.arg(length).arg(code->size()).arg(previous)));
        QCOMPARE((code->size() - 17) % 4, 0);
        previous = code->size();
        sizes.append(code->size());
    }
    QCOMPARE(sizes.first(), 21);
    QVERIFY(sizes.last() > 150);
    // Strictly larger over each doubling from 30 characters on.
    for (qsizetype i = 3; i < sizes.size(); ++i) {
        QVERIFY2(sizes.at(i) > sizes.at(i - 1), qPrintable(u"step %1"_s.arg(i)));
    }
}

void TstQrCode::tooLong_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QrCode::ErrorCorrection>("level");
    QTest::addColumn<bool>("fits");

    using L = QrCode::ErrorCorrection;
    QTest::newRow("bytes 2953 at L") << repeated(u"a", 2953) << L::Low << true;
    QTest::newRow("bytes 2954 at L") << repeated(u"a", 2954) << L::Low << false;
    QTest::newRow("bytes 2332 at M") << repeated(u"a", 2332) << L::Medium << false;
    QTest::newRow("bytes 1273 at H") << repeated(u"a", 1273) << L::High << true;
    QTest::newRow("bytes 1274 at H") << repeated(u"a", 1274) << L::High << false;
    QTest::newRow("digits 7089 at L") << repeated(u"1", 7089) << L::Low << true;
    QTest::newRow("digits 7090 at L") << repeated(u"1", 7090) << L::Low << false;
    QTest::newRow("alnum 4296 at L") << repeated(u"Z", 4296) << L::Low << true;
    QTest::newRow("alnum 4297 at L") << repeated(u"Z", 4297) << L::Low << false;
    QTest::newRow("euro signs 3000 bytes at L") << repeated(u"€", 1000) << L::Low << false;
    QTest::newRow("a megabyte") << repeated(u"a", 1 << 20) << L::Low << false;
}

void TstQrCode::tooLong()
{
    QFETCH(QString, text);
    QFETCH(QrCode::ErrorCorrection, level);
    QFETCH(bool, fits);

    QrCode::Error error = QrCode::Error::None;
    const std::optional<QrCode> code = QrCode::encode(text, level, &error);
    QCOMPARE(code.has_value(), fits);
    if (fits) {
        QCOMPARE(code->version(), 40);
        QCOMPARE(error, QrCode::Error::None);
    } else {
        QCOMPARE(error, QrCode::Error::TooLong);
        QVERIFY(!QrCode::errorText(error).isEmpty());
    }
}

void TstQrCode::functionPatterns_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("version 1") << u"bitcoin:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"_s.left(12);
    QTest::newRow("payment URL") << u"https://pay.crypto.com/pay/6f8e4b1f-0a1b-4c2d-9e3f-1234567890ab"_s;
    QTest::newRow("long") << repeated(u"Paydesk ", 150);
}

// The finder, separator and timing patterns sit where ISO/IEC 18004 puts them: proof that x is the column, y the
// row, dark is dark, and the matrix is not mirrored or shifted.
void TstQrCode::functionPatterns()
{
    QFETCH(QString, text);
    const auto code = QrCode::encode(text);
    QVERIFY(code);
    const int n = code->size();
    const QList<QPoint> corners{{0, 0}, {n - 7, 0}, {0, n - 7}};
    for (const QPoint& corner : corners) {
        for (int dy = 0; dy < 7; ++dy) {
            for (int dx = 0; dx < 7; ++dx) {
                const int ring = std::max(std::abs(dx - 3), std::abs(dy - 3));
                const bool dark = ring != 2; // outer ring 3 dark, ring 2 light, 3 × 3 centre dark
                QVERIFY2(code->isDark(corner.x() + dx, corner.y() + dy) == dark,
                    qPrintable(u"finder at (%1,%2) + (%3,%4)"_s.arg(corner.x()).arg(corner.y()).arg(dx).arg(dy)));
            }
        }
    }
    // Separators: the light border around each finder inside the symbol.
    for (int i = 0; i < 8; ++i) {
        QVERIFY(!code->isDark(7, i));
        QVERIFY(!code->isDark(i, 7));
        QVERIFY(!code->isDark(n - 8, i));
        QVERIFY(!code->isDark(n - 1 - i, 7));
        QVERIFY(!code->isDark(7, n - 1 - i));
        QVERIFY(!code->isDark(i, n - 8));
    }
    // Timing patterns on row 6 and column 6, dark on even positions.
    for (int i = 8; i < n - 8; ++i) {
        QCOMPARE(code->isDark(i, 6), i % 2 == 0);
        QCOMPARE(code->isDark(6, i), i % 2 == 0);
    }
    // The module that is always dark, beside the bottom-left finder.
    QVERIFY(code->isDark(8, n - 8));
    // Outside the matrix is light.
    QVERIFY(!code->isDark(-1, 0));
    QVERIFY(!code->isDark(0, -1));
    QVERIFY(!code->isDark(n, 0));
    QVERIFY(!code->isDark(0, n));
    QVERIFY(code->darkModuleCount() > n * n / 4);
    QVERIFY(code->darkModuleCount() < n * n * 3 / 4);
}

void TstQrCode::deterministic()
{
    const auto a = QrCode::encode(u"bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq?amount=0.001");
    const auto b = QrCode::encode(u"bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq?amount=0.001");
    const auto c = QrCode::encode(u"bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq?amount=0.002");
    QVERIFY(a && b && c);
    QVERIFY(*a == *b);
    QCOMPARE(a->size(), c->size());
    QVERIFY(!(*a == *c));
}

void TstQrCode::levelIsKept()
{
    const QString text = u"https://pay.cryptomus.com/pay/0f9d8c7b-6a5e-4d3c-2b1a-0f9e8d7c6b5a"_s;
    int previousSize = 0;
    for (const auto level : {QrCode::ErrorCorrection::Low, QrCode::ErrorCorrection::Medium,
             QrCode::ErrorCorrection::Quartile, QrCode::ErrorCorrection::High}) {
        const auto code = QrCode::encode(text, level);
        QVERIFY(code);
        QCOMPARE(code->errorCorrection(), level);
        QVERIFY(code->size() >= previousSize);
        previousSize = code->size();
    }
    const auto low = QrCode::encode(text, QrCode::ErrorCorrection::Low);
    const auto high = QrCode::encode(text, QrCode::ErrorCorrection::High);
    QVERIFY(high->size() > low->size());
    QCOMPARE(QrCode::encode(text)->errorCorrection(), QrCode::ErrorCorrection::Medium);
}

void TstQrCode::svg_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("quietZone");
    QTest::addColumn<int>("moduleSizePx");

    const QString uri = u"bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq?amount=0.00123"_s;
    QTest::newRow("uri, quiet 4") << uri << 4 << 8;
    QTest::newRow("uri, quiet 0") << uri << 0 << 1;
    QTest::newRow("uri, quiet 1") << uri << 1 << 3;
    QTest::newRow("short, quiet 4") << u"A"_s << 4 << 10;
    QTest::newRow("utf8 long, quiet 2") << repeated(u"Zahlung für Bestellung №42 — 支付 ✓ ", 20) << 2 << 4;
}

void TstQrCode::svg()
{
    QFETCH(QString, text);
    QFETCH(int, quietZone);
    QFETCH(int, moduleSizePx);

    const auto code = QrCode::encode(text);
    QVERIFY(code);
    const QString svg = code->toSvg(quietZone, moduleSizePx);
    const ParsedSvg parsed = parseSvg(svg);
    QVERIFY2(parsed.wellFormed, qPrintable(parsed.errorText));

    const int side = code->size() + 2 * quietZone;
    QCOMPARE(parsed.elements, (QStringList{u"svg"_s, u"rect"_s, u"path"_s}));
    QCOMPARE(parsed.viewBox, u"0 0 %1 %1"_s.arg(side));
    QCOMPARE(parsed.width, QString::number(side * moduleSizePx));
    QCOMPARE(parsed.height, QString::number(side * moduleSizePx));
    QCOMPARE(parsed.shapeRendering, u"crispEdges"_s);
    QCOMPARE(parsed.backgroundFill.toLower(), u"#ffffff"_s);
    QCOMPARE(parsed.pathFill.toLower(), u"#000000"_s);

    Grid grid(std::size_t(side), std::vector<int>(std::size_t(side), 0));
    const QString problem = paintPath(parsed.pathData, grid);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    int painted = 0;
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            const int count = grid[std::size_t(y)][std::size_t(x)];
            QVERIFY2(count <= 1, qPrintable(u"cell (%1,%2) painted %3 times"_s.arg(x).arg(y).arg(count)));
            const bool expected = code->isDark(x - quietZone, y - quietZone); // light in the quiet zone
            QVERIFY2((count == 1) == expected, qPrintable(u"cell (%1,%2)"_s.arg(x).arg(y)));
            painted += count;
        }
    }
    QCOMPARE(painted, code->darkModuleCount());
}

void TstQrCode::svgNegativeQuietZone()
{
    const auto code = QrCode::encode(u"negative");
    QVERIFY(code);
    QCOMPARE(code->toSvg(-3, 8), code->toSvg(0, 8));
    QCOMPARE(code->toSvg(4, 0), code->toSvg(4, 1));
    QVERIFY(code->toSvg() != code->toSvg(0));
}

void TstQrCode::errorTexts()
{
    QVERIFY(QrCode::errorText(QrCode::Error::None).isEmpty());
    for (const auto error :
        {QrCode::Error::Empty, QrCode::Error::TooLong, QrCode::Error::Unavailable, QrCode::Error::EncodingFailed}) {
        QVERIFY(!QrCode::errorText(error).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TstQrCode)
#include "tst_QrCode.moc"
