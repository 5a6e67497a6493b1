#pragma once

#include "kube/PodLogStream.h"
#include "models/PodsModel.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace Slipway {

class KubeClient;
class LogLineDelegate;
class LogLinesModel;

// A pod's log: pick the container (init containers too), follow it or read it once, the last N
// lines or all, the previous instance of a container that restarted; search with every match
// highlighted and Enter / Shift+Enter / F3 to go from one to the next; long lines wrapped or not;
// save what is shown to a file (written off the GUI thread). The stream's state, the line count
// and the reconnects show under the log. New lines scroll into view while the view is at its
// end, not when the user has scrolled up to read.
class LogPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPane)

public:
    explicit LogPane(QWidget *parent = nullptr);
    ~LogPane() override;

    // Shows the log of `pod`; the same pod again only refreshes what the containers say (their
    // restarts), the log goes on.
    void setPod(KubeClient *client, const QString &nameSpace, const QString &pod,
                const QList<PodsModel::Container> &containers);
    // No pod: no log.
    void clear();

    QString pod() const { return m_pod; }
    QString container() const;
    LogLinesModel *model() const { return m_model; }
    PodLogStream *stream() const { return m_stream; }

    // Writes the lines shown to `fileName` on a worker thread; saved() tells how it went.
    void saveTo(const QString &fileName);
    // The next (or previous) line that holds the search text, from the current one; false when
    // none does.
    bool findNext(bool backwards = false);

Q_SIGNALS:
    // `error` is empty when the file was written.
    void saved(const QString &fileName, const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();
    void dropStream(); // the stream stopped, its lines and status gone
    void updateState();
    void updateContainerActions();
    void onFindTextChanged();
    // Keeps the count of lines that hold the search text as rows come (+1) and go (-1).
    void countMatches(int first, int last, int sign);
    void showMatchCount();
    void chooseSaveFile();

    QPointer<KubeClient> m_client;
    QString m_nameSpace;
    QString m_pod;
    QList<PodsModel::Container> m_containers;
    LogLinesModel *m_model = nullptr;
    PodLogStream *m_stream = nullptr;
    QTimer m_restartTimer; // option changes in a row restart the stream once
    QString m_status; // the last save's or search's word, shown after the state
    bool m_atEnd = true;
    qsizetype m_widest = 0; // the longest line, in characters
    int m_matches = 0; // lines that hold the search text
    int m_saving = 0;

    QComboBox *m_container = nullptr;
    QCheckBox *m_follow = nullptr;
    QCheckBox *m_previous = nullptr;
    QSpinBox *m_tail = nullptr;
    QCheckBox *m_wrap = nullptr;
    QLineEdit *m_find = nullptr;
    QToolButton *m_findPrevious = nullptr;
    QToolButton *m_findNext = nullptr;
    QPushButton *m_save = nullptr;
    QListView *m_view = nullptr;
    LogLineDelegate *m_delegate = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace Slipway
