#include "DiffPane.h"

#include "PaletteColors.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Slipway {

namespace {

enum class RowKind
{
    FileHeader, // "--- values@1" / the side's name
    HunkHeader, // "@@ -3,4 +3,5 @@ # Source: …"
    Context,
    Removed,
    Added,
    Filler, // side by side: the other side's line has no counterpart here
};

// What a line of a diff view is, kept on its text block for the highlighter and the margin.
struct RowData final : QTextBlockUserData
{
    RowData(RowKind k, int b, int a)
        : kind(k)
        , before(b)
        , after(a)
    { }
    RowKind kind;
    int before; // 1-based, 0 when the line is not on that side
    int after;
};

struct Row
{
    RowKind kind = RowKind::Context;
    int before = 0;
    int after = 0;
    QString text;
};

// Every colour comes from the palette: line backgrounds are its base tinted, text colours its
// text tinted, so light and dark palettes both read.
struct DiffColours
{
    explicit DiffColours(const QPalette &p)
        : added(blend(p.color(QPalette::Base), QColor(0x2e, 0xa0, 0x43), 0.22))
        , removed(blend(p.color(QPalette::Base), QColor(0xd7, 0x3a, 0x49), 0.22))
        , hunk(blend(p.color(QPalette::Base), p.color(QPalette::Highlight), 0.16))
        , header(blend(p.color(QPalette::Base), p.color(QPalette::Text), 0.08))
        , filler(blend(p.color(QPalette::Base), p.color(QPalette::Text), 0.04))
        , addedMark(blend(p.color(QPalette::Text), QColor(0x2e, 0xa0, 0x43), 0.75))
        , removedMark(blend(p.color(QPalette::Text), QColor(0xd7, 0x3a, 0x49), 0.75))
        , key(blend(p.color(QPalette::Text), QColor(0x1f, 0x6f, 0xeb), 0.65))
        , string(blend(p.color(QPalette::Text), QColor(0xc0, 0x6a, 0x00), 0.65))
        , comment(blend(p.color(QPalette::Text), p.color(QPalette::Base), 0.45))
        , number(blend(p.color(QPalette::Text), p.color(QPalette::Base), 0.5))
        , gutter(blend(p.color(QPalette::Base), p.color(QPalette::Text), 0.05))
        , hatch(blend(p.color(QPalette::Base), p.color(QPalette::Text), 0.18))
    { }

    QColor background(RowKind kind) const
    {
        switch (kind) {
        case RowKind::Added:
            return added;
        case RowKind::Removed:
            return removed;
        case RowKind::HunkHeader:
            return hunk;
        case RowKind::FileHeader:
            return header;
        case RowKind::Filler:
            return filler;
        case RowKind::Context:
            break;
        }
        return {};
    }

    QColor added, removed, hunk, header, filler, addedMark, removedMark, key, string, comment,
        number, gutter, hatch;
};

const RowData *rowData(const QTextBlock &block)
{
    return static_cast<const RowData *>(block.userData());
}

// YAML keys, comments and quoted strings, over the line backgrounds of a diff. `markWidth` is 1
// in the unified view (the " ", "-" or "+" in front of every line), 0 side by side.
class DiffHighlighter final : public QSyntaxHighlighter
{
public:
    DiffHighlighter(QTextDocument *document, int markWidth, QWidget *colours)
        : QSyntaxHighlighter(document)
        , m_markWidth(markWidth)
        , m_colours(colours)
    { }

protected:
    void highlightBlock(const QString &text) override
    {
        const RowData *data = rowData(currentBlock());
        if (!data)
            return;
        const DiffColours colours(m_colours->palette());
        QTextCharFormat base;
        if (const QColor bg = colours.background(data->kind); bg.isValid())
            base.setBackground(bg);
        setFormat(0, int(text.size()), base);
        if (data->kind == RowKind::FileHeader || data->kind == RowKind::HunkHeader) {
            QTextCharFormat header = base;
            header.setFontWeight(QFont::Bold);
            if (data->kind == RowKind::HunkHeader) {
                header.setFontWeight(QFont::Normal);
                header.setForeground(colours.key);
            }
            setFormat(0, int(text.size()), header);
            // The hunk's heading ("# Source: chart/templates/x.yaml") stands out of the "@@".
            if (const qsizetype at = text.indexOf(QLatin1String("@@ "), 2); at >= 0 && at + 3 < text.size()) {
                QTextCharFormat heading = base;
                heading.setFontWeight(QFont::Bold);
                setFormat(int(at + 3), int(text.size() - at - 3), heading);
            }
            return;
        }
        if (data->kind == RowKind::Filler)
            return;
        if (m_markWidth > 0 && !text.isEmpty()) {
            QTextCharFormat mark = base;
            mark.setFontWeight(QFont::Bold);
            if (data->kind == RowKind::Added)
                mark.setForeground(colours.addedMark);
            else if (data->kind == RowKind::Removed)
                mark.setForeground(colours.removedMark);
            setFormat(0, m_markWidth, mark);
        }
        highlightYaml(text, colours, base);
    }

private:
    void highlightYaml(const QString &text, const DiffColours &colours, const QTextCharFormat &base)
    {
        static const QRegularExpression key(QStringLiteral(R"(^(\s*(?:-\s+)*)([^\s#'"{}\[\],&*!|>%@`][^#:]*?|"[^"]*"|'[^']*')\s*:(?=\s|$))"));
        static const QRegularExpression string(QStringLiteral(R"("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')"));
        static const QRegularExpression comment(QStringLiteral(R"((?:^|\s)(#.*)$)"));
        const QString body = text.mid(m_markWidth);

        QTextCharFormat keyFormat = base;
        keyFormat.setForeground(colours.key);
        QTextCharFormat stringFormat = base;
        stringFormat.setForeground(colours.string);
        QTextCharFormat commentFormat = base;
        commentFormat.setForeground(colours.comment);
        commentFormat.setFontItalic(true);

        qsizetype commentAt = body.size();
        // A "#" inside quotes is no comment: strings first, then the first "#" outside them.
        QList<std::pair<qsizetype, qsizetype>> strings;
        for (auto it = string.globalMatch(body); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            strings.append({ m.capturedStart(), m.capturedLength() });
        }
        for (auto it = comment.globalMatch(body); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype at = m.capturedStart(1);
            const bool quoted = std::any_of(strings.cbegin(), strings.cend(), [at](const auto &s) {
                return at >= s.first && at < s.first + s.second;
            });
            if (!quoted) {
                commentAt = at;
                break;
            }
        }
        if (const QRegularExpressionMatch m = key.match(body); m.hasMatch() && m.capturedStart(2) < commentAt)
            setFormat(int(m_markWidth + m.capturedStart(2)), int(m.capturedLength(2)), keyFormat);
        for (const auto &[at, length] : std::as_const(strings)) {
            if (at < commentAt)
                setFormat(int(m_markWidth + at), int(std::min(length, commentAt - at)), stringFormat);
        }
        if (commentAt < body.size())
            setFormat(int(m_markWidth + commentAt), int(body.size() - commentAt), commentFormat);
    }

    int m_markWidth;
    QWidget *m_colours;
};

} // namespace

// A read-only, monospace, unwrapped text view of diff rows, each line's background after its
// kind across the whole width, the line numbers of one or both sides in a margin.
class DiffTextView final : public QPlainTextEdit
{
public:
    enum class Numbers
    {
        Before,
        After,
        Both,
    };

    DiffTextView(Numbers numbers, int markWidth, QWidget *parent)
        : QPlainTextEdit(parent)
        , m_numbers(numbers)
        , m_margin(new Margin(this))
    {
        setReadOnly(true);
        setUndoRedoEnabled(false);
        setLineWrapMode(QPlainTextEdit::NoWrap);
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_highlighter = new DiffHighlighter(document(), markWidth, this);
        connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
            if (dy != 0)
                m_margin->scroll(0, dy);
            else
                m_margin->update(0, rect.y(), m_margin->width(), rect.height());
        });
    }

    void setRows(const QList<Row> &rows)
    {
        QStringList texts;
        texts.reserve(rows.size());
        int widest = 1;
        for (const Row &row : rows) {
            texts << row.text;
            widest = std::max({ widest, row.before, row.after });
        }
        m_digits = int(QString::number(widest).size());
        // The highlighter passes over blocks without their kind; it runs again once they have it.
        setPlainText(texts.join(QLatin1Char('\n')));
        QTextBlock block = document()->firstBlock();
        for (const Row &row : rows) {
            if (!block.isValid())
                break;
            block.setUserData(new RowData(row.kind, row.before, row.after));
            block = block.next();
        }
        m_highlighter->rehighlight();
        updateMargin();
    }

    QList<int> numbers(bool before) const
    {
        QList<int> out;
        for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
            const RowData *row = rowData(block);
            out << (!row ? 0 : before ? row->before : row->after);
        }
        return out;
    }

    void rehighlight()
    {
        m_highlighter->rehighlight();
        m_margin->update();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        QPlainTextEdit::changeEvent(event);
        // The colours come from this view's palette: it has changed by now (the pane's own
        // PaletteChange comes before its children's palettes are updated).
        if (event->type() == QEvent::PaletteChange)
            rehighlight();
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QPlainTextEdit::resizeEvent(event);
        const QRect r = contentsRect();
        m_margin->setGeometry(r.left(), r.top(), marginWidth(), r.height());
    }

    void paintEvent(QPaintEvent *event) override
    {
        // Each line's background across the whole width, under the text.
        {
            const DiffColours colours(palette());
            QPainter painter(viewport());
            const int width = viewport()->width();
            for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
                const QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
                if (rect.top() > event->rect().bottom())
                    break;
                if (const RowData *row = rowData(block)) {
                    const QRectF line(0, rect.top(), width, rect.height());
                    if (const QColor bg = colours.background(row->kind); bg.isValid())
                        painter.fillRect(line, bg);
                    // No line here: hatched, so it does not read as an empty line.
                    if (row->kind == RowKind::Filler)
                        painter.fillRect(line, QBrush(colours.hatch, Qt::BDiagPattern));
                }
            }
        }
        QPlainTextEdit::paintEvent(event);
    }

private:
    class Margin final : public QWidget
    {
    public:
        explicit Margin(DiffTextView *view)
            : QWidget(view)
            , m_view(view)
        { }
        QSize sizeHint() const override { return { m_view->marginWidth(), 0 }; }

    protected:
        void paintEvent(QPaintEvent *event) override { m_view->paintMargin(event); }

    private:
        DiffTextView *m_view;
    };

    int columnWidth() const
    {
        return fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(3, m_digits) + 8;
    }

    int marginWidth() const
    {
        return columnWidth() * (m_numbers == Numbers::Both ? 2 : 1) + 4;
    }

    void updateMargin()
    {
        setViewportMargins(marginWidth(), 0, 0, 0);
        const QRect r = contentsRect();
        m_margin->setGeometry(r.left(), r.top(), marginWidth(), r.height());
        m_margin->update();
    }

    void paintMargin(QPaintEvent *event)
    {
        const DiffColours colours(palette());
        QPainter painter(m_margin);
        painter.fillRect(event->rect(), colours.gutter);
        painter.setFont(font());
        const int column = columnWidth();
        const int height = fontMetrics().height();
        for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
            const QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
            if (rect.top() > event->rect().bottom())
                break;
            const RowData *row = rowData(block);
            if (!row)
                continue;
            if (const QColor bg = colours.background(row->kind);
                bg.isValid() && row->kind != RowKind::FileHeader && row->kind != RowKind::HunkHeader)
                painter.fillRect(QRectF(0, rect.top(), m_margin->width(), rect.height()), bg);
            painter.setPen(colours.number);
            const auto draw = [&](int number, int x) {
                if (number > 0)
                    painter.drawText(QRect(x, int(rect.top()), column - 6, height),
                                     Qt::AlignRight | Qt::AlignVCenter, QString::number(number));
            };
            switch (m_numbers) {
            case Numbers::Before:
                draw(row->before, 0);
                break;
            case Numbers::After:
                draw(row->after, 0);
                break;
            case Numbers::Both:
                draw(row->before, 0);
                draw(row->after, column);
                break;
            }
        }
    }

    Numbers m_numbers;
    Margin *m_margin;
    DiffHighlighter *m_highlighter = nullptr;
    int m_digits = 1;
};

namespace {

struct SideBySide
{
    QList<Row> before;
    QList<Row> after;
};

void appendUnified(QList<Row> &rows, const QList<DiffHunk> &hunks, const QString &what,
                   const QString &fromName, const QString &toName)
{
    if (hunks.isEmpty())
        return;
    rows.append({ RowKind::FileHeader, 0, 0, QStringLiteral("--- ") + what + fromName });
    rows.append({ RowKind::FileHeader, 0, 0, QStringLiteral("+++ ") + what + toName });
    for (const DiffHunk &hunk : hunks) {
        rows.append({ RowKind::HunkHeader, 0, 0,
                      QStringLiteral("@@ -%1,%2 +%3,%4 @@")
                              .arg(hunk.beforeStart)
                              .arg(hunk.beforeCount)
                              .arg(hunk.afterStart)
                              .arg(hunk.afterCount)
                          + (hunk.heading.isEmpty() ? QString() : QLatin1Char(' ') + hunk.heading) });
        for (const DiffLine &line : hunk.lines) {
            switch (line.kind) {
            case DiffLine::Kind::Context:
                rows.append({ RowKind::Context, line.beforeLine, line.afterLine, QLatin1Char(' ') + line.text });
                break;
            case DiffLine::Kind::Removed:
                rows.append({ RowKind::Removed, line.beforeLine, 0, QLatin1Char('-') + line.text });
                break;
            case DiffLine::Kind::Added:
                rows.append({ RowKind::Added, 0, line.afterLine, QLatin1Char('+') + line.text });
                break;
            }
        }
    }
}

void appendSideBySide(SideBySide &rows, const QList<DiffHunk> &hunks, const QString &what,
                      const QString &fromName, const QString &toName)
{
    if (hunks.isEmpty())
        return;
    rows.before.append({ RowKind::FileHeader, 0, 0, what + fromName });
    rows.after.append({ RowKind::FileHeader, 0, 0, what + toName });
    for (const DiffHunk &hunk : hunks) {
        const QString heading = hunk.heading.isEmpty() ? QString() : QLatin1Char(' ') + hunk.heading;
        rows.before.append({ RowKind::HunkHeader, 0, 0,
                             QStringLiteral("@@ -%1,%2 @@").arg(hunk.beforeStart).arg(hunk.beforeCount) + heading });
        rows.after.append({ RowKind::HunkHeader, 0, 0,
                            QStringLiteral("@@ +%1,%2 @@").arg(hunk.afterStart).arg(hunk.afterCount) + heading });
        // A run of removed lines and the added lines after it face each other; the shorter side
        // is padded so the following context lines stay level.
        QList<Row> removed;
        QList<Row> added;
        const auto flush = [&] {
            const qsizetype n = std::max(removed.size(), added.size());
            for (qsizetype i = 0; i < n; ++i) {
                rows.before.append(i < removed.size() ? removed.at(i) : Row { RowKind::Filler, 0, 0, {} });
                rows.after.append(i < added.size() ? added.at(i) : Row { RowKind::Filler, 0, 0, {} });
            }
            removed.clear();
            added.clear();
        };
        for (const DiffLine &line : hunk.lines) {
            switch (line.kind) {
            case DiffLine::Kind::Context:
                flush();
                rows.before.append({ RowKind::Context, line.beforeLine, 0, line.text });
                rows.after.append({ RowKind::Context, 0, line.afterLine, line.text });
                break;
            case DiffLine::Kind::Removed:
                if (!added.isEmpty())
                    flush();
                removed.append({ RowKind::Removed, line.beforeLine, 0, line.text });
                break;
            case DiffLine::Kind::Added:
                added.append({ RowKind::Added, 0, line.afterLine, line.text });
                break;
            }
        }
        flush();
    }
}

} // namespace

DiffPane::DiffPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("diffPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("diffTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("diffMode"));
    m_mode->setAccessibleName(tr("Diff layout"));
    m_mode->addItem(tr("Unified"), QVariant::fromValue(Mode::Unified));
    m_mode->addItem(tr("Side by side"), QVariant::fromValue(Mode::SideBySide));
    auto *modeLabel = new QLabel(tr("L&ayout:"), this);
    modeLabel->setBuddy(m_mode);
    top->addWidget(m_title, 1);
    top->addWidget(modeLabel);
    top->addWidget(m_mode);
    layout->addLayout(top);

    m_pages = new QStackedWidget(this);
    m_unified = new DiffTextView(DiffTextView::Numbers::Both, 1, m_pages);
    m_unified->setObjectName(QStringLiteral("diffUnified"));
    m_unified->setAccessibleName(tr("Unified diff"));
    m_pages->addWidget(m_unified);

    auto *split = new QSplitter(Qt::Horizontal, m_pages);
    split->setObjectName(QStringLiteral("diffSideBySide"));
    m_before = new DiffTextView(DiffTextView::Numbers::Before, 0, split);
    m_before->setObjectName(QStringLiteral("diffBefore"));
    m_before->setAccessibleName(tr("Before"));
    m_after = new DiffTextView(DiffTextView::Numbers::After, 0, split);
    m_after->setObjectName(QStringLiteral("diffAfter"));
    m_after->setAccessibleName(tr("After"));
    split->setChildrenCollapsible(false);
    m_pages->addWidget(split);
    // Both sides scroll together: their rows face each other.
    for (auto [from, to] : { std::pair { m_before, m_after }, std::pair { m_after, m_before } }) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to->verticalScrollBar(),
                &QScrollBar::setValue);
        connect(from->horizontalScrollBar(), &QScrollBar::valueChanged, to->horizontalScrollBar(),
                &QScrollBar::setValue);
    }

    auto *message = new QLabel(m_pages);
    message->setObjectName(QStringLiteral("diffMessage"));
    message->setAlignment(Qt::AlignCenter);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    m_pages->addWidget(message);
    layout->addWidget(m_pages, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        showMode();
        Q_EMIT modeChanged(mode());
    });
    clear();
}

DiffPane::~DiffPane() = default;

DiffPane::Mode DiffPane::mode() const
{
    return m_mode->currentData().value<Mode>();
}

void DiffPane::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(QVariant::fromValue(mode)));
}

void DiffPane::setDiff(const ReleaseDiff &diff)
{
    m_diff = diff;
    m_message.clear();
    render();
}

void DiffPane::setMessage(const QString &message)
{
    m_diff.reset();
    m_message = message;
    render();
}

void DiffPane::clear()
{
    setMessage(QString());
}

QString DiffPane::unifiedText() const
{
    return m_diff ? m_unified->toPlainText() : QString();
}

QList<int> DiffPane::marginNumbers(Margin margin) const
{
    switch (margin) {
    case Margin::UnifiedBefore:
        return m_unified->numbers(true);
    case Margin::UnifiedAfter:
        return m_unified->numbers(false);
    case Margin::Before:
        return m_before->numbers(true);
    case Margin::After:
        return m_after->numbers(false);
    }
    return {};
}

void DiffPane::render()
{
    auto *message = m_pages->findChild<QLabel *>(QStringLiteral("diffMessage"));
    const auto strip = [](const QString &name) {
        return name.startsWith(QLatin1Char('@')) ? name.mid(1) : name;
    };
    if (m_diff && !m_diff->different())
        m_message = tr("%1 and %2 have the same values and manifest.")
                        .arg(strip(m_diff->fromName()), strip(m_diff->toName()));
    if (!m_diff || !m_diff->different()) {
        m_title->clear();
        m_unified->setRows({});
        m_before->setRows({});
        m_after->setRows({});
        message->setText(m_message);
        m_pages->setCurrentWidget(message);
        m_mode->setEnabled(false);
        return;
    }
    m_mode->setEnabled(true);
    m_title->setText(tr("Changes from %1 to %2").arg(strip(m_diff->fromName()), strip(m_diff->toName())));
    const QString values = QStringLiteral("values");
    const QString manifest = QStringLiteral("manifest");
    // Both layouts are filled, so switching is immediate and either can be read.
    QList<Row> unified;
    appendUnified(unified, m_diff->valuesHunks(), values, m_diff->fromName(), m_diff->toName());
    appendUnified(unified, m_diff->manifestHunks(), manifest, m_diff->fromName(), m_diff->toName());
    m_unified->setRows(unified);
    SideBySide sides;
    appendSideBySide(sides, m_diff->valuesHunks(), values, m_diff->fromName(), m_diff->toName());
    appendSideBySide(sides, m_diff->manifestHunks(), manifest, m_diff->fromName(), m_diff->toName());
    m_before->setRows(sides.before);
    m_after->setRows(sides.after);
    showMode();
}

void DiffPane::showMode()
{
    if (!m_diff || !m_diff->different())
        return;
    if (mode() == Mode::Unified)
        m_pages->setCurrentWidget(m_unified);
    else
        m_pages->setCurrentWidget(m_before->parentWidget());
}


} // namespace Slipway
