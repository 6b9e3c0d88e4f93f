// What MainWindow keeps between runs: geometry, the docks' layout, the last entry and study
// mode, written soon after they change (see sessionSaves()) and read back at start.
#include "ui/mainwindow.h"

#include "platform/savescheduler.h"
#include "content/curriculum.h"
#include "ui/contentsdock.h"
#include "ui/notespanel.h"
#include "ui/readerview.h"

#include <QAction>
#include <QEvent>
#include <QSettings>
#include <QStackedWidget>

namespace DockPrep {

namespace Keys {
constexpr auto geometry = "window/geometry";
constexpr auto state = "window/state";
constexpr auto lastEntry = "reader/lastEntry";
constexpr auto studyMode = "reader/studyMode";
} // namespace Keys

void MainWindow::restoreSession()
{
    restoreGeometry(m_settings->value(QLatin1String(Keys::geometry)).toByteArray());
    restoreState(m_settings->value(QLatin1String(Keys::state)).toByteArray());
    const bool studyMode = m_settings->value(QLatin1String(Keys::studyMode), false).toBool();
    m_actions.value(QStringLiteral("studyMode"))->setChecked(studyMode);
    m_reader->setStudyMode(studyMode);
    QString last = m_settings->value(QLatin1String(Keys::lastEntry)).toString();
    if (!m_curriculum.entry(last))
        last = m_curriculum.readingOrder().value(0);
    openEntry(last);
}

void MainWindow::saveSession()
{
    m_notes->flush();  // also on quit paths that never close the window (logout, SIGTERM handling)
    if (m_pages->currentWidget() != m_reader) {
        m_contents->setVisible(m_contentsShownWhileReading);  // the layout is the reader's, as the user left it
        m_notes->setVisible(m_notesShownOn.value(m_reader, true));
    }
    m_settings->setValue(QLatin1String(Keys::state), saveState());
    writeSession();
}

void MainWindow::writeSession()
{
    m_sessionSaves->clear();
    m_settings->setValue(QLatin1String(Keys::geometry), saveGeometry());
    // The layout kept is the reader's: the other pages hide the contents for themselves, and
    // showing it again just to save would flash on screen. A quit saves it as the user left it.
    if (m_pages->currentWidget() == m_reader)
        m_settings->setValue(QLatin1String(Keys::state), saveState());
    m_settings->setValue(QLatin1String(Keys::lastEntry), m_reader->currentEntry());
    m_settings->setValue(QLatin1String(Keys::studyMode), m_reader->studyMode());
    m_settings->sync();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
        m_sessionSaves->changed();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::moveEvent(QMoveEvent *event)
{
    m_sessionSaves->changed();
    QMainWindow::moveEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    m_sessionSaves->changed();
    QMainWindow::resizeEvent(event);
}

} // namespace DockPrep
