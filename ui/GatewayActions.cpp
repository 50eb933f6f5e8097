#include "ui/GatewayActions.h"

namespace paydesk {

GatewayActions::GatewayActions(QObject* parent)
    : QObject(parent)
{
}

GatewayActions::~GatewayActions() = default;

} // namespace paydesk
