#include "ui/studyexchange.h"

#include "ui/ankideckdialog.h"

#include "settings/appsettings.h"
#include "content/curriculum.h"
#include "exchange/backupimport.h"
#include "store/notestore.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace DockPrep {

namespace {
constexpr QLatin1StringView lastFolderKey{"exchange/lastFolder"};
constexpr QLatin1StringView ankiScopeKey{"exchange/ankiScope"};
} // namespace

StudyExchange::StudyExchange(const Curriculum &curriculum, NoteStore *store, QSettings *settings, QWidget *window)
    : QObject(window)
    , m_curriculum(curriculum)
    , m_store(store)
    , m_settings(settings)
    , m_window(window)
{
}

void StudyExchange::setFullBackupStores(Database *db, InterviewStore *interviews, ChallengeStore *challenges)
{
    m_db = db;
    m_interviews = interviews;
    m_challenges = challenges;
}

StudySnapshot StudyExchange::snapshot() const
{
    AppSettings preferences(m_settings);
    return snapshotOf(StudyStores{m_store, m_interviews, m_challenges, m_settings ? &preferences : nullptr});
}

QString StudyExchange::lastFolder() const
{
    const QString saved = m_settings ? m_settings->value(lastFolderKey).toString() : QString();
    return QDir(saved).exists() && !saved.isEmpty() ? saved : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

std::optional<CardScope> StudyExchange::askForCardScope()
{
    const QString saved = m_settings ? m_settings->value(ankiScopeKey).toString() : QString();
    AnkiDeckDialog dialog(m_curriculum, snapshotOf(*m_store), cardScopeFromText(saved, nullptr).value_or(CardScope{}), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    if (m_settings)
        m_settings->setValue(ankiScopeKey, cardScopeText(dialog.scope()));
    return dialog.scope();
}

void StudyExchange::exportAs(ExportFormat format)
{
    CardScope cards;
    if (format == ExportFormat::AnkiTsv) {
        const std::optional<CardScope> chosen = askForCardScope();
        if (!chosen)
            return;
        cards = *chosen;
    }
    const QString suffix = exportFileSuffix(format);
    // A deck may hold the whole curriculum: it is named for what it is, not "notes".
    const bool deck = format == ExportFormat::AnkiTsv;
    const QString suggested = QDir(lastFolder()).filePath(QStringLiteral("dockprep-%1-%2.%3")
                                                              .arg(deck ? QLatin1String("cards") : QLatin1String("notes"),
                                                                   QDate::currentDate().toString(Qt::ISODate), suffix));
    const QString caption = deck ? tr("Export Anki cards") : tr("Export notes as %1").arg(exportFormatTitle(format));
    const QString path = QFileDialog::getSaveFileName(m_window, caption, suggested,
                                                      QStringLiteral("%1 (*.%2)").arg(exportFormatTitle(format), suffix));
    if (path.isEmpty())
        return;
    if (m_settings)
        m_settings->setValue(lastFolderKey, QFileInfo(path).absolutePath());
    exportTo(format, path, cards);
}

void StudyExchange::exportTo(ExportFormat format, const QString &path, const CardScope &cards)
{
    if (m_busy) {
        Q_EMIT message(tr("An export is still being written."));
        return;
    }
    m_busy = true;
    // The curriculum and the diagram catalog outlive the window and are immutable, so the worker may read them.
    auto request = std::make_shared<ExportRequest>(
        ExportRequest{snapshot(), &m_curriculum, QDateTime::currentDateTimeUtc(), m_diagrams, cards});
    auto *progress = new QProgressDialog(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), QString(), 0, 0, m_window);
    progress->setWindowTitle(tr("Export"));
    progress->setMinimumDuration(400);  // a quick export never flashes a dialog
    progress->setWindowModality(Qt::WindowModal);
    auto *watcher = new QFutureWatcher<ExportResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress] {
        const ExportResult result = watcher->result();
        progress->deleteLater();
        watcher->deleteLater();
        m_busy = false;
        if (result.ok)
            Q_EMIT message(result.message);
        else
            QMessageBox::warning(m_window, tr("Export"), result.message);
        Q_EMIT exportFinished(result.ok);
    });
    watcher->setFuture(QtConcurrent::run([request, format, path] { return exportStudy(*request, format, path); }));
}

void StudyExchange::importBackup()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import a DockPrep backup"), lastFolder(),
                                                      tr("DockPrep backup (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void StudyExchange::importFrom(const QString &path)
{
    AppSettings preferences(m_settings);
    const StudyStores stores{m_store, m_interviews, m_challenges, m_settings ? &preferences : nullptr};
    BackupImportOptions options;
    options.confirm = [this](const ImportPlan &plan) { return confirmImport(plan); };
    const BackupImportResult result = DockPrep::importBackup(path, stores, m_db, options);  // not the member that asks for a file
    switch (result.outcome) {
    case BackupImportResult::Outcome::Unreadable:
    case BackupImportResult::Outcome::Malformed:
    case BackupImportResult::Outcome::Failed:
        QMessageBox::warning(m_window, tr("Import"), result.error);
        return;
    case BackupImportResult::Outcome::NothingToImport:
        QMessageBox::information(m_window, tr("Import"), result.plan.summary());
        return;
    case BackupImportResult::Outcome::Planned:
    case BackupImportResult::Outcome::Declined:
        return;
    case BackupImportResult::Outcome::Imported:
        Q_EMIT message(tr("Imported %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
}

bool StudyExchange::confirmImport(const ImportPlan &plan)
{
    QMessageBox confirm(QMessageBox::Question, tr("Import"), plan.summary(), QMessageBox::Cancel, m_window);
    confirm.setInformativeText(tr("Nothing of yours is deleted by an import."));
    QPushButton *import = confirm.addButton(tr("Import"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(import);
    confirm.exec();
    return confirm.clickedButton() == import;
}

} // namespace DockPrep
