#include "ClusterHeader.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSvgRenderer>

namespace Slipway {

namespace {

constexpr int kLogoSize = 48;

QPixmap renderLogo(qreal devicePixelRatio)
{
    QSvgRenderer svg(QStringLiteral(":/icons/slipway.svg"));
    QPixmap pixmap(QSize(kLogoSize, kLogoSize) * devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    svg.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ClusterHeader::ClusterHeader(QWidget *parent)
    : QFrame(parent)
    , m_logo(new QLabel(this))
    , m_context(makeLabel(QStringLiteral("contextLabel"), this))
    , m_server(makeLabel(QStringLiteral("serverLabel"), this))
    , m_status(makeLabel(QStringLiteral("connectionStatusLabel"), this))
    , m_warnings(makeLabel(QStringLiteral("connectionWarningLabel"), this))
    , m_retry(new QPushButton(tr("Retr&y"), this))
{
    setObjectName(QStringLiteral("clusterHeader"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    m_logo->setObjectName(QStringLiteral("logoLabel"));
    m_logo->setPixmap(renderLogo(devicePixelRatioF()));
    m_logo->setFixedSize(kLogoSize, kLogoSize);

    QFont headline = m_context->font();
    headline.setBold(true);
    headline.setPointSizeF(headline.pointSizeF() * 1.3);
    m_context->setFont(headline);
    m_warnings->setStyleSheet(QStringLiteral("color: #b26a00;"));
    m_warnings->hide();

    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Check the connection again"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &ClusterHeader::retryRequested);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_logo, 0, 0, 4, 1, Qt::AlignTop);
    layout->addWidget(m_context, 0, 1);
    layout->addWidget(m_server, 1, 1);
    layout->addWidget(m_status, 2, 1);
    layout->addWidget(m_warnings, 3, 1);
    layout->addWidget(m_retry, 0, 2, 4, 1, Qt::AlignVCenter);
    layout->setColumnStretch(1, 1);
}

ClusterHeader::~ClusterHeader() = default;

void ClusterHeader::showNoCluster()
{
    m_context->setText(tr("No cluster configured"));
    m_server->setText(tr("Slipway found no kubeconfig. Set KUBECONFIG to your kubeconfig file "
                         "(or start Slipway with --kubeconfig FILE), or run ./run.sh --sandbox "
                         "to start a local test cluster."));
    setStatus(QString(), Tone::Neutral);
    m_warnings->hide();
}

void ClusterHeader::showUnusableConfig(const QString &headline, const QString &error)
{
    m_context->setText(headline);
    m_server->clear();
    setStatus(error, Tone::Bad);
    m_warnings->hide();
}

void ClusterHeader::showConnecting(const ResolvedContext &context)
{
    const QString nameSpace = context.context.nameSpace.isEmpty() ? QStringLiteral("default")
                                                                  : context.context.nameSpace;
    m_context->setText(tr("Context: %1").arg(context.context.name));
    m_server->setText(tr("Server: %1 · cluster %2 · namespace %3")
                          .arg(context.cluster.server, context.cluster.name, nameSpace));
    setStatus(tr("Connecting to %1…").arg(context.cluster.server), Tone::Neutral);
    m_retry->hide();
    m_warnings->hide();
}

void ClusterHeader::showProbeResult(const ProbeResult &result)
{
    m_retry->setVisible(!result.ok());
    if (!result.ok()) {
        setStatus(result.error, Tone::Bad);
    } else if (result.username.isEmpty()) {
        setStatus(tr("Connected to %1 — Kubernetes %2").arg(result.server, result.gitVersion),
                  Tone::Good);
    } else {
        setStatus(tr("Connected to %1 — Kubernetes %2 as %3")
                      .arg(result.server, result.gitVersion, result.username),
                  Tone::Good);
    }
    m_warnings->setText(result.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!result.warnings.isEmpty());
}

void ClusterHeader::showCredentialMessage(const QString &line)
{
    const QString shown = m_status->text();
    m_status->setText(shown.isEmpty() ? line : shown + QLatin1Char('\n') + line);
    m_status->show();
}

void ClusterHeader::setStatus(const QString &text, Tone tone)
{
    // Colours that stay readable on both light and dark window backgrounds.
    switch (tone) {
    case Tone::Good:
        m_status->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        break;
    case Tone::Bad:
        m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
        break;
    case Tone::Neutral:
        m_status->setStyleSheet(QString());
        break;
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace Slipway
