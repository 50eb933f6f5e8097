#include "core/Version.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

// paydesk-bench: prints a results table and writes JSON. Benchmarks are added with the features they measure.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "paydesk-bench " << PAYDESK_VERSION_STRING << ": no benchmarks yet" << Qt::endl;
    return 0;
}
