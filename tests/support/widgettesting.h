#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

// Helpers for driving real widgets the way a user would.
namespace WidgetTesting {

// A widget found by its object name, as a user finds it by its place: tests reach the parts of a
// window this way instead of through accessors the app itself does not need.
template<typename T>
T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s named '%s'", T::staticMetaObject.className(), name);
    return found;
}

// The point in the browser's viewport where the link to `href` is drawn (null if absent).
inline QPoint anchorPoint(QTextBrowser *browser, const QString &href)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor() && fragment.charFormat().anchorHref() == href) {
                QTextCursor cursor(browser->document());
                cursor.setPosition(fragment.position() + fragment.length() / 2);
                browser->ensureCursorVisible();
                const QRect rect = browser->cursorRect(cursor);
                return QPoint(rect.center().x(), rect.center().y());
            }
        }
    }
    return {};
}

// Clicks the link, failing the test if the page has none.
inline bool clickAnchor(QTextBrowser *browser, const QString &href)
{
    const QPoint point = anchorPoint(browser, href);
    if (point.isNull())
        return false;
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
    return true;
}

// The foreground colour the document gives to the first occurrence of `word`.
inline QColor colourOfWord(QTextDocument *document, const QString &word)
{
    const QTextCursor found = document->find(word, 0, QTextDocument::FindCaseSensitively | QTextDocument::FindWholeWords);
    if (found.isNull())
        return {};
    QTextCursor inside(document);
    inside.setPosition(found.selectionStart() + 1);
    return inside.charFormat().foreground().color();
}

// Types text the way a user does, Return for each line break (QTest::keyClicks has no key for '\n').
inline void typeLines(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QTest::keyClicks(widget, lines.at(i));
        if (i + 1 < lines.size())
            QTest::keyClick(widget, Qt::Key_Return);
    }
}

// Screenshots for people to look at, only when asked for: DOCKPREP_SCREENSHOT_DIR=/some/dir.
inline void screenshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("DOCKPREP_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
}

// The message box a click opened (window-modal, opened rather than exec()'d), once it is up.
inline QMessageBox *openedMessageBox()
{
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor([&box] { return (box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) != nullptr; }))
        qWarning("no message box opened");
    return box;
}

// The box's button with this text, as the user reads it; fails the test without one.
inline QAbstractButton *buttonNamed(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == text)
            return button;
    }
    qFatal("no button %s", qPrintable(text));
}

} // namespace WidgetTesting
