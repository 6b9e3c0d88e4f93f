#include "ui/settingsdialog.h"

#include "store/database.h"
#include "ui/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace DockPrep {

SettingsDialog::SettingsDialog(AppSettings settings, const QString &dataFolder, const QString &backupFolder, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_backupFolder(backupFolder)
    , m_theme(new QComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_questions(new QSpinBox(this))
    , m_minutes(new QSpinBox(this))
    , m_timeLimit(new QComboBox(this))
    , m_feedback(new QComboBox(this))
    , m_atZero(new QComboBox(this))
    , m_openBook(new QCheckBox(tr("Open book: the contents, search and notes stay available"), this))
    , m_dataFolder(new QLineEdit(QDir::toNativeSeparators(dataFolder), this))
    , m_backups(new QCheckBox(tr("Back up the database once a day, when DockPrep starts"), this))
    , m_backupsKept(new QSpinBox(this))
    , m_backupFolderPath(new QLineEdit(QDir::toNativeSeparators(backupFolder), this))
    , m_newestBackup(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_dataFolder->setObjectName(QStringLiteral("dataFolder"));
    m_dataFolder->setAccessibleName(tr("Data folder"));
    m_backupFolderPath->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolderPath->setAccessibleName(tr("Backup folder"));

    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Same as the system"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_fontSize->setObjectName(QStringLiteral("readerFontSize"));
    m_fontSize->setRange(AppSettings::minReaderFontSize, AppSettings::maxReaderFontSize);
    m_fontSize->setSuffix(tr(" pt"));
    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Theme:"), m_theme);
    appearanceForm->addRow(tr("&Reader text size:"), m_fontSize);

    // Each language in its own words, so someone lost in a foreign UI still finds theirs.
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Same as the system"), QString());
    for (const QString &code : availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }
    auto *languageNote = new QLabel(tr("A new language takes effect the next time DockPrep starts."), this);
    languageNote->setWordWrap(true);
    auto *language = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(language);
    languageForm->addRow(tr("&Language:"), m_language);
    languageForm->addRow(languageNote);

    m_questions->setObjectName(QStringLiteral("defaultQuestions"));
    m_questions->setRange(1, SessionLimits::maxQuestions);
    m_minutes->setObjectName(QStringLiteral("defaultMinutes"));
    m_minutes->setSuffix(tr(" min"));
    m_timeLimit->setObjectName(QStringLiteral("defaultTimeLimit"));
    for (TimeLimit limit : {TimeLimit::PerQuestion, TimeLimit::Total})
        m_timeLimit->addItem(timeLimitTitle(limit), int(limit));
    m_feedback->setObjectName(QStringLiteral("defaultFeedback"));
    for (FeedbackTiming timing : {FeedbackTiming::AfterEachQuestion, FeedbackTiming::AtEnd})
        m_feedback->addItem(feedbackTimingTitle(timing), int(timing));
    m_atZero->setObjectName(QStringLiteral("defaultAtZero"));
    for (AtZero atZero : {AtZero::Wait, AtZero::MoveOn})
        m_atZero->addItem(atZeroTitle(atZero), int(atZero));
    m_openBook->setObjectName(QStringLiteral("defaultOpenBook"));
    auto *time = new QHBoxLayout;
    time->addWidget(m_minutes);
    time->addWidget(m_timeLimit, 1);
    auto *timeLabel = new QLabel(tr("T&ime:"), this);  // a row holding a layout gets no buddy by itself
    timeLabel->setBuddy(m_minutes);
    auto *interview = new QGroupBox(tr("New interviews start with"), this);
    auto *interviewForm = new QFormLayout(interview);
    interviewForm->addRow(tr("&Questions:"), m_questions);
    interviewForm->addRow(timeLabel, time);
    interviewForm->addRow(tr("&Score:"), m_feedback);
    interviewForm->addRow(tr("At &zero:"), m_atZero);
    interviewForm->addRow(m_openBook);

    for (QFormLayout *form : {appearanceForm, languageForm, interviewForm})
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_backups->setObjectName(QStringLiteral("backups"));
    m_backupsKept->setObjectName(QStringLiteral("backupsKept"));
    m_backupsKept->setRange(1, AppSettings::maxBackupsKept);
    m_backupsKept->setSuffix(tr(" days"));
    m_newestBackup->setObjectName(QStringLiteral("newestBackup"));
    auto *data = new QGroupBox(tr("Your data"), this);
    auto *dataForm = new QFormLayout(data);
    dataForm->addRow(tr("Data folder:"), makeFolderRow(m_dataFolder, QStringLiteral("openDataFolder"), dataFolder));
    dataForm->addRow(m_backups);
    dataForm->addRow(tr("&Keep backups of the last:"), m_backupsKept);
    dataForm->addRow(tr("Backup folder:"), makeFolderRow(m_backupFolderPath, QStringLiteral("openBackupFolder"), backupFolder));
    dataForm->addRow(tr("Newest backup:"), m_newestBackup);
    connect(m_backups, &QCheckBox::toggled, m_backupsKept, &QWidget::setEnabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply
                                             | QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);
    connect(m_timeLimit, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateTimeRange);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(appearance);
    left->addWidget(language);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(interview);
    right->addStretch();
    columns->addLayout(left);
    columns->addLayout(right);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(data);
    layout->addWidget(buttons);
    load();
}

QWidget *SettingsDialog::makeFolderRow(QLineEdit *path, const QString &openName, const QString &folder)
{
    path->setReadOnly(true);
    path->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);
    auto *open = new QPushButton(tr("Open"), this);
    open->setObjectName(openName);
    open->setToolTip(tr("Show this folder in the file manager"));
    open->setAccessibleName(tr("Open %1").arg(QDir::toNativeSeparators(folder)));
    connect(open, &QPushButton::clicked, this, [folder] {
        QDir().mkpath(folder);  // the backup folder appears with the first backup
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(path, 1);
    layout->addWidget(open);
    return row;
}

void SettingsDialog::updateTimeRange()
{
    const MinuteRange range = minuteRange(TimeLimit(m_timeLimit->currentData().toInt()));
    m_minutes->setRange(range.minimum, range.maximum);
}

void SettingsDialog::load()
{
    m_theme->setCurrentIndex(m_theme->findData(int(m_settings.theme())));
    m_fontSize->setValue(m_settings.readerFontSize());
    const int language = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(language < 0 ? 0 : language);

    showInterviewDefaults(m_settings.interviewDefaults());

    m_backups->setChecked(m_settings.backupsEnabled());
    m_backupsKept->setEnabled(m_backups->isChecked());
    m_backupsKept->setValue(m_settings.backupsKept());
    const QString newest = Database::newestBackup(m_backupFolder);
    m_newestBackup->setText(newest.isEmpty() ? tr("none yet")
                                             : QLocale().toString(QFileInfo(newest).lastModified(), QLocale::LongFormat));
}

void SettingsDialog::showInterviewDefaults(const SessionConfig &interview)
{
    m_questions->setValue(interview.questionCount);
    m_timeLimit->setCurrentIndex(m_timeLimit->findData(int(interview.timeLimit)));
    updateTimeRange();
    m_minutes->setValue(interview.limitMinutes());
    m_feedback->setCurrentIndex(m_feedback->findData(int(interview.feedback)));
    m_atZero->setCurrentIndex(m_atZero->findData(int(interview.atZero)));
    m_openBook->setChecked(interview.openBook);
}

void SettingsDialog::restoreDefaults()
{
    m_theme->setCurrentIndex(m_theme->findData(int(AppSettings::Theme::System)));
    m_fontSize->setValue(AppSettings::defaultReaderFontSize);
    m_language->setCurrentIndex(0);
    showInterviewDefaults(AppSettings::builtInInterviewDefaults());
    m_backups->setChecked(true);
    m_backupsKept->setValue(AppSettings::defaultBackupsKept);
}

void SettingsDialog::apply()
{
    m_settings.setTheme(AppSettings::Theme(m_theme->currentData().toInt()));
    m_settings.setReaderFontSize(m_fontSize->value());
    m_settings.setLanguage(m_language->currentData().toString());

    // Chapters, levels and order keep what was saved; this form only covers the everyday choices.
    SessionConfig interview = m_settings.interviewDefaults();
    interview.questionCount = m_questions->value();
    interview.timeLimit = TimeLimit(m_timeLimit->currentData().toInt());
    interview.setLimitMinutes(m_minutes->value());
    interview.feedback = FeedbackTiming(m_feedback->currentData().toInt());
    interview.atZero = AtZero(m_atZero->currentData().toInt());
    interview.openBook = m_openBook->isChecked();
    m_settings.setInterviewDefaults(interview);

    m_settings.setBackupsEnabled(m_backups->isChecked());
    m_settings.setBackupsKept(m_backupsKept->value());
    m_settings.sync();
    Q_EMIT applied();
}

} // namespace DockPrep
