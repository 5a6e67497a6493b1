#include "ResourceProfilesEditor.h"

#include "core/Quantity.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Slipway {

namespace {

// Columns: (section, resource) of the answer's map.
const QList<std::pair<QString, QString>> &cells()
{
    static const QList<std::pair<QString, QString>> list {
        { QStringLiteral("requests"), QStringLiteral("cpu") },
        { QStringLiteral("limits"), QStringLiteral("cpu") },
        { QStringLiteral("requests"), QStringLiteral("memory") },
        { QStringLiteral("limits"), QStringLiteral("memory") },
    };
    return list;
}

std::optional<Quantity> quantity(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const Expected<Quantity> parsed = Quantity::parse(text.trimmed());
    return parsed ? std::optional<Quantity>(parsed.value()) : std::nullopt;
}

QString formatBytes(qint64 bytes)
{
    return QStringLiteral("%1 GiB").arg(double(bytes) / (1024.0 * 1024 * 1024), 0, 'f', 1);
}

} // namespace

ResourceProfilesEditor::ResourceProfilesEditor(const Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_model(new QStandardItemModel(int(field.profiles.size()), 4, this))
    , m_view(new QTableView(this))
    , m_hint(new QLabel(this))
{
    m_model->setHorizontalHeaderLabels(
        { tr("CPU request"), tr("CPU limit"), tr("Memory request"), tr("Memory limit") });
    m_model->setVerticalHeaderLabels(field.profiles);
    m_view->setModel(m_model);
    m_view->setObjectName(field.id + QLatin1String("Table"));
    m_view->setAccessibleName(accessibleName());
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setTabKeyNavigation(false);
    const int rowHeight = m_view->verticalHeader()->defaultSectionSize();
    m_view->setFixedHeight(rowHeight * (int(field.profiles.size()) + 1) + 4);
    m_hint->setObjectName(field.id + QLatin1String("Hint"));
    m_hint->setWordWrap(true);
    m_hint->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_hint);
    setFocusProxy(m_view);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        updateHint();
        changed();
    });
}

ResourceProfilesEditor::~ResourceProfilesEditor() = default;

QVariant ResourceProfilesEditor::answer() const
{
    QVariantMap profiles;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVariantMap profile;
        for (int column = 0; column < cells().size(); ++column) {
            const QString text = m_model->index(row, column).data().toString().trimmed();
            if (text.isEmpty())
                continue;
            const auto &[section, resource] = cells().at(column);
            QVariantMap part = profile.value(section).toMap();
            part.insert(resource, text);
            profile.insert(section, part);
        }
        if (!profile.isEmpty())
            profiles.insert(field().profiles.at(row), profile);
    }
    return profiles;
}

void ResourceProfilesEditor::display(const QVariant &answer)
{
    const QVariantMap profiles = answer.toMap();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QVariantMap profile = profiles.value(field().profiles.at(row)).toMap();
        for (int column = 0; column < cells().size(); ++column) {
            const auto &[section, resource] = cells().at(column);
            m_model->setData(m_model->index(row, column),
                             profile.value(section).toMap().value(resource).toString());
        }
    }
    updateHint();
}

void ResourceProfilesEditor::setFacts(const ClusterFacts &facts)
{
    m_largestCpuMilli = facts.largestNodeCapacity.value(QStringLiteral("cpu"));
    m_largestMemory = facts.largestNodeCapacity.value(QStringLiteral("memory"));
    updateHint();
}

QString ResourceProfilesEditor::fitHint() const
{
    QStringList lines;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString name = field().profiles.at(row);
        const std::optional<Quantity> cpu = quantity(m_model->index(row, 0).data().toString());
        const std::optional<Quantity> memory = quantity(m_model->index(row, 2).data().toString());
        if (m_largestCpuMilli > 0 && cpu && cpu->milliValue() > m_largestCpuMilli)
            lines << tr("Profile “%1” asks %2 CPU; the largest node has %3 allocatable.")
                         .arg(name, cpu->toString(),
                              Quantity::fromMilli(m_largestCpuMilli).toString());
        if (m_largestMemory > 0 && memory && memory->value() > m_largestMemory)
            lines << tr("Profile “%1” asks %2 of memory; the largest node has %3 allocatable.")
                         .arg(name, memory->toString(), formatBytes(m_largestMemory));
    }
    return lines.join(QLatin1Char('\n'));
}

void ResourceProfilesEditor::updateHint()
{
    const QString hint = fitHint();
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

} // namespace Slipway
