#pragma once

#include <QString>

namespace paydesk {

struct FieldProblem
{
    QString field;
    QString message;
};

} // namespace paydesk
