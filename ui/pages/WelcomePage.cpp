#include "ui/pages/WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("Welcome to Paydesk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("Issue and refund invoices, watch balances, manage deposit addresses and export "
                               "reports for Crypto.com Pay, CryptoProcessing, Gateway v10.2 and Cryptomus, in one "
                               "place. Everything synced stays on this computer and works offline."),
        this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(560);
    text->setMinimumHeight(text->heightForWidth(560));
    auto* sandbox = new QPushButton(tr("Try the sandbox"), this);
    sandbox->setObjectName(QStringLiteral("trySandboxButton"));
    sandbox->setDefault(true);
    sandbox->setToolTip(tr("Four simulated gateways with demo accounts and generated history; no credentials."));
    auto* add = new QPushButton(tr("Add a gateway account…"), this);
    add->setObjectName(QStringLiteral("addAccountButton"));
    connect(sandbox, &QPushButton::clicked, this, &WelcomePage::trySandboxRequested);
    connect(add, &QPushButton::clicked, this, &WelcomePage::addAccountRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addWidget(sandbox, 0, Qt::AlignHCenter);
    layout->addWidget(add, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

WelcomePage::~WelcomePage() = default;

} // namespace paydesk
