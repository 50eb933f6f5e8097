#pragma once

#include "core/Decimal.h"
#include "core/validation/FieldProblem.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

// Small helpers the table-driven tests share. Header-only: tests include it without linking anything more.
namespace paydesk::test {

// A fixture file under tests/data/<folder>/ (PAYDESK_TEST_DATA); a missing file stops the test.
inline QByteArray fixture(const QString& folder, const QString& name)
{
    QFile file(qEnvironmentVariable("PAYDESK_TEST_DATA") + u'/' + folder + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// A Decimal from test text that must parse; bad test input stops the test.
inline Decimal dec(const QString& text)
{
    Decimal::ParseError error = Decimal::ParseError::None;
    const auto value = Decimal::fromString(text, &error);
    if (!value)
        qFatal("test input %s does not parse (%d)", qPrintable(text), static_cast<int>(error));
    return *value;
}

inline Decimal dec(const char* text)
{
    return dec(QString::fromLatin1(text));
}

// The fields of validation problems, in order; a problem without a message shows as "<no message>" so that a
// missing message fails the comparison.
inline QStringList fields(const QList<FieldProblem>& problems)
{
    QStringList names;
    for (const FieldProblem& problem : problems) {
        names.append(problem.field);
        if (problem.message.isEmpty())
            names.append(QStringLiteral("<no message>"));
    }
    return names;
}

} // namespace paydesk::test
