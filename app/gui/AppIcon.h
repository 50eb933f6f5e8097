#pragma once

#include <QIcon>

namespace paydesk {

// The application icon (installer/icons): the theme's org.paydesk.Paydesk when installed, else the built-in SVG and
// PNG sizes from the resources.
QIcon appIcon();

} // namespace paydesk
