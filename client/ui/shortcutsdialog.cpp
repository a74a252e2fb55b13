#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace palaver::client {

using namespace Qt::StringLiterals;

namespace {

QString native(QKeySequence::StandardKey key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

QString native(const QString &portable)
{
    return QKeySequence(portable, QKeySequence::PortableText).toString(QKeySequence::NativeText);
}

void addMenu(QList<ShortcutsDialog::Group> &groups, const QMenu &menu, const QString &title)
{
    ShortcutsDialog::Group group{title, {}};
    QList<std::pair<const QMenu *, QString>> submenus;
    const QList<QAction *> actions = menu.actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        if (const QMenu *sub = action->menu())
            submenus.append({sub, title + u" › "_s + ShortcutsDialog::plainText(*action)});
        else
            group.actions.append(action);
    }
    if (!group.actions.isEmpty())
        groups.append(group);
    for (const auto &[sub, subTitle] : std::as_const(submenus))
        addMenu(groups, *sub, subTitle);
}

} // namespace

QString ShortcutsDialog::plainText(const QAction &action)
{
    QString text = action.text();
    text = text.left(text.indexOf(u'\t')); // a shortcut written into the text
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // "&&" stays one "&"; "&x" becomes "x"
        plain.append(text.at(i));
    }
    if (plain.endsWith(u'…'))
        plain.chop(1);
    else if (plain.endsWith(u"..."_s))
        plain.chop(3);
    return plain;
}

QString ShortcutsDialog::shortcutText(const QAction &action)
{
    QStringList keys;
    const QList<QKeySequence> shortcuts = action.shortcuts();
    for (const QKeySequence &shortcut : shortcuts)
        keys.append(shortcut.toString(QKeySequence::NativeText));
    return keys.join(u", "_s);
}

QList<ShortcutsDialog::Group> ShortcutsDialog::groupsOf(const QMenuBar &menuBar)
{
    QList<Group> groups;
    const QList<QAction *> menus = menuBar.actions();
    for (const QAction *action : menus) {
        if (const QMenu *menu = action->menu())
            addMenu(groups, *menu, plainText(*action));
    }
    return groups;
}

QList<ShortcutsDialog::FixedKey> ShortcutsDialog::fixedKeys()
{
    // Only what the widgets really do: MessageInput::keyPressEvent, the log's and the lists'
    // activated() handlers in MainWindow, and QAbstractItemView's own keys.
    const QString input = tr("Message box");
    const QString log = tr("Chat log");
    const QString rooms = tr("Room list");
    const QString people = tr("People list");
    return {
        {input, native(u"Return"_s), tr("Send the message")},
        {input, native(u"Shift+Return"_s), tr("Start a new line")},
        {input, native(u"Tab"_s), tr("Move to the next control")},
        {log, native(u"Return"_s), tr("Edit a message that was not sent, to send it again")},
        {log, native(QKeySequence::SelectAll), tr("Select every line")},
        {log, native(u"Shift+Down"_s) + u", "_s + native(u"Shift+Up"_s), tr("Select more lines")},
        {rooms, native(u"Down"_s) + u", "_s + native(u"Up"_s),
         tr("Show the next or previous room")},
        {people, native(u"Return"_s), tr("Write to the selected person directly")},
    };
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar &menuBar, QWidget *parent)
    : ShortcutsDialog(groupsOf(menuBar), parent)
{}

ShortcutsDialog::ShortcutsDialog(const QList<Group> &groups, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_nothing(new QLabel(tr("No command or key matches."), this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_filter->setObjectName(u"shortcutsFilter"_s);
    m_filter->setPlaceholderText(tr("Type to find a command or a key"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find a shortcut"));
    m_filter->setAccessibleDescription(
        tr("Shows only the commands and keys that contain what you type"));
    auto *filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filter);

    m_tree->setObjectName(u"shortcutsList"_s);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    const auto addGroup = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        return item;
    };
    const auto addRow = [](QTreeWidgetItem *group, const QString &command, const QString &keys) {
        auto *item = new QTreeWidgetItem(group, {command, keys});
        // Read as one sentence by screen readers; an empty cell would be read as nothing.
        item->setData(1, Qt::AccessibleTextRole, keys.isEmpty() ? tr("no shortcut") : keys);
        return item;
    };
    for (const Group &group : groups) {
        QTreeWidgetItem *groupItem = addGroup(group.title);
        for (const QAction *action : group.actions)
            addRow(groupItem, plainText(*action), shortcutText(*action));
    }
    QHash<QString, QTreeWidgetItem *> fixedGroups;
    for (const FixedKey &key : fixedKeys()) {
        QTreeWidgetItem *&groupItem = fixedGroups[key.group];
        if (!groupItem)
            groupItem = addGroup(key.group);
        addRow(groupItem, key.description, key.keys);
    }
    m_tree->expandAll();

    m_nothing->setObjectName(u"shortcutsNothing"_s);
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_nothing);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().lineSpacing() * 36);
    m_filter->setFocus();
}

ShortcutsDialog::~ShortcutsDialog() = default;

void ShortcutsDialog::setFilter(const QString &text)
{
    m_filter->setText(text);
    applyFilter();
}

void ShortcutsDialog::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    bool any = false;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        // A match on the group's title ("Status") shows all of it.
        const bool groupMatches = group->text(0).contains(needle, Qt::CaseInsensitive);
        bool shown = false;
        for (int r = 0; r < group->childCount(); ++r) {
            QTreeWidgetItem *row = group->child(r);
            const bool match = groupMatches || row->text(0).contains(needle, Qt::CaseInsensitive) ||
                               row->text(1).contains(needle, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown = shown || match;
        }
        group->setHidden(!shown);
        any = any || shown;
    }
    m_nothing->setVisible(!any);
}

} // namespace palaver::client
