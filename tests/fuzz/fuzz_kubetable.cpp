// Any bytes as the answer to a Table list (KubeTableList's page): a Table decodes, anything else
// with items becomes kubectl's NAME / AGE table, the rest is an Error. Every cell of every row,
// under every column the server named or not, prints as one line with no terminal escape, and
// the visible columns are columns.

#include "FuzzTarget.h"

#include "kube/KubeTable.h"

#include <QJsonDocument>

using namespace Slipway;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using SlipwayFuzz::require;
    const QJsonObject json = QJsonDocument::fromJson(SlipwayFuzz::bytes(data, size)).object();
    Expected<KubeTable> decoded = KubeTable::fromJson(json);
    if (!decoded && json.value(u"items").isArray())
        decoded = KubeTable::fromList(json, QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC));
    if (!decoded) {
        require(!decoded.error().message.isEmpty());
        return 0;
    }
    const KubeTable &table = *decoded;
    for (int row = -1; row <= table.rows.size(); ++row) {
        const int cells = row >= 0 && row < table.rows.size() ? int(table.rows[row].cells.size()) : 0;
        for (int column = -1; column <= std::max(int(table.columns.size()), cells); ++column) {
            const QString text = table.text(row, column);
            for (const QChar c : text)
                require(c != u'\n' && c != u'\r' && c != u'\f' && c != QChar(0x1b));
        }
    }
    for (int column = 0; column < table.columns.size(); ++column) {
        require(table.columnIndex(table.columns[column].name) <= column);
        (void)table.text(0, table.columns[column].name);
        (void)table.header(column);
    }
    for (const bool wide : { false, true }) {
        for (const int column : table.visibleColumns(wide))
            require(column >= 0 && column < table.columns.size());
    }
    require(table.visibleColumns(true).size() == table.columns.size());
    return 0;
}
