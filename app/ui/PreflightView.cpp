#include "PreflightView.h"

#include "StateDelegate.h"
#include "models/PreflightModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Slipway {

PreflightView::PreflightView(QWidget *parent)
    : QWidget(parent)
    , m_model(new PreflightModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("preflightSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("preflightChecks"));
    m_tree->setAccessibleName(tr("Preflight checks"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new StateDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setFirstColumnSpanned(0, QModelIndex(), false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(PreflightModel::MessageColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(PreflightModel::CheckColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PreflightModel::ResultColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PreflightModel::TimeColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
}

PreflightView::~PreflightView() = default;

void PreflightView::setRunning(const QString &text)
{
    setMessage(text);
}

void PreflightView::setMessage(const QString &text)
{
    m_model->clear();
    m_summary->setText(text);
}

void PreflightView::setReport(const PreflightReport &report)
{
    m_model->setReport(report);
    m_summary->setText(summary());
    // What needs attention is open; what passed stays one line.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex check = m_model->index(row, 0);
        const auto severity = PreflightCheck::Severity(check.data(PreflightModel::SeverityRole).toInt());
        m_tree->setExpanded(check, severity != PreflightCheck::Severity::Pass);
    }
}

QString PreflightView::summary() const
{
    const PreflightReport &report = m_model->report();
    const int failed = report.count(PreflightCheck::Severity::Fail);
    const int warned = report.count(PreflightCheck::Severity::Warn);
    const int all = int(report.checks().size());
    if (all == 0)
        return m_summary->text();
    QString text;
    if (failed > 0)
        text = tr("%1 of %n check(s) failed", nullptr, all).arg(failed);
    else if (warned > 0)
        text = tr("%n check(s) passed, %1 with warnings", nullptr, all).arg(warned);
    else
        text = tr("All %n check(s) passed", nullptr, all);
    return tr("%1, in %2 ms.").arg(text).arg(report.elapsedMs());
}

QString PreflightView::title() const
{
    const PreflightReport &report = m_model->report();
    const int failed = report.count(PreflightCheck::Severity::Fail);
    const int warned = report.count(PreflightCheck::Severity::Warn);
    if (failed > 0)
        return tr("Preflight (%n failed)", nullptr, failed);
    if (warned > 0)
        return tr("Preflight (%n warning(s))", nullptr, warned);
    return tr("Preflight");
}

} // namespace Slipway
