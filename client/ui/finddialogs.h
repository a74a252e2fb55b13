#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace palaver::client {

class Workspace;

/// Search in the history, done by the server: the words, where (every room or the current
/// one), and the results newest first. Activating a result shows it in its room, in context.
class SearchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchDialog)
public:
    SearchDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~SearchDialog() override;

    /// Starts a search for `query` at once (as if typed and Enter pressed).
    void search(const QString &query);

private:
    void start();
    void open(QListWidgetItem *item);

    Workspace &m_workspace;
    QLineEdit *m_query;
    QComboBox *m_scope;
    QListWidget *m_results;
    QLabel *m_summary;
    QString m_pending; // the query whose results are awaited
};

/// The messages that named the user, newest first; activating one shows it in its room.
class MentionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MentionsDialog)
public:
    MentionsDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~MentionsDialog() override;

private:
    void refresh();

    Workspace &m_workspace;
    QListWidget *m_list;
    QLabel *m_summary;
};

/// One line for a message in a list of results: "#room · alice · Today 12:03: text".
QString describeMessage(const Workspace &workspace, const QString &room, const QString &nick,
                        const QDateTime &time, const QString &text);

} // namespace palaver::client
