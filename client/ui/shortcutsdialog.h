#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;
class QLabel;
class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace palaver::client {

/// Help > Keyboard Shortcuts: every menu command with its shortcuts, grouped by menu, then the
/// keys of the message box and the lists that are not commands, with a field that narrows
/// the list down. A tree with headers, so screen readers read it as a table.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    /// A key that is not a QAction's: what it does, and where.
    struct FixedKey
    {
        QString group;
        QString keys; ///< already in the platform's notation
        QString description;
    };
    /// Actions under a title, in order.
    struct Group
    {
        QString title;
        QList<QAction *> actions;
    };

    /// The menus of `menuBar`, walked into their submenus, and the fixed keys.
    explicit ShortcutsDialog(const QMenuBar &menuBar, QWidget *parent = nullptr);
    /// These groups of actions, and the fixed keys.
    explicit ShortcutsDialog(const QList<Group> &groups, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    /// The groups of a menu bar: one per menu, "Menu › Submenu" for submenus.
    static QList<Group> groupsOf(const QMenuBar &menuBar);
    /// The keys of the main window that are not actions (message box, log, lists).
    static QList<FixedKey> fixedKeys();
    /// An action's text as shown in the list: without the & of its mnemonic or a trailing "…".
    static QString plainText(const QAction &action);
    /// All shortcuts of an action in the platform's notation, joined by ", ".
    static QString shortcutText(const QAction &action);

    /// Shows only the rows whose command or keys contain `text` (case-insensitive).
    void setFilter(const QString &text);

private:
    void applyFilter();

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QLabel *m_nothing;
};

} // namespace palaver::client
