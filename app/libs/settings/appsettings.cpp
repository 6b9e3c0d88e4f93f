#include "settings/appsettings.h"

#include <QJsonDocument>
#include <QSettings>

#include <algorithm>

namespace DockPrep {

namespace {

namespace Keys {
constexpr QLatin1StringView version{"meta/version"};
constexpr QLatin1StringView theme{"appearance/theme"};
constexpr QLatin1StringView readerFontSize{"appearance/readerFontSize"};
// Not "general/…": QSettings writes an INI group called "general" as [%General] and reads that
// back as "General", so a key in it never came back at the next start (layout 1 had that bug).
constexpr QLatin1StringView language{"interface/language"};
constexpr QLatin1StringView languageInLayout1{"General/language"};
constexpr QLatin1StringView interviewDefaults{"interview/defaults"};
constexpr QLatin1StringView backupsEnabled{"backups/enabled"};
constexpr QLatin1StringView backupsKept{"backups/kept"};
constexpr QLatin1StringView databaseCheckPending{"database/checkPending"};
constexpr QLatin1StringView databaseSetAside{"database/setAsideUntold"};
} // namespace Keys

// Every key DockPrep 0.1–0.2 wrote before the file had a version, with a check of its value.
struct LegacyKey {
    QLatin1StringView key;
    bool (*valid)(const QVariant &value);
};

bool isByteArray(const QVariant &value) { return value.canConvert<QByteArray>(); }
bool isText(const QVariant &value) { return value.canConvert<QString>(); }
bool isBool(const QVariant &value)
{
    // INI files hold text: QSettings gives "true"/"false" back as strings.
    const QString text = value.toString().toLower();
    return value.typeId() == QMetaType::Bool || text == u"true" || text == u"false";
}

constexpr LegacyKey legacyKeys[] = {
    {QLatin1StringView("window/geometry"), isByteArray},
    {QLatin1StringView("window/state"), isByteArray},
    {QLatin1StringView("reader/lastEntry"), isText},
    {QLatin1StringView("reader/studyMode"), isBool},
    {QLatin1StringView("exchange/lastFolder"), isText},
};

// 0 → 1: the unversioned file of 0.1–0.2 is adopted as it is, except for keys no DockPrep reads
// and values of the wrong type (a hand edit), which are dropped so their defaults apply instead
// of a half-parsed value.
void adoptUnversionedFile(QSettings &settings, QStringList *removed)
{
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        const auto known = std::find_if(std::begin(legacyKeys), std::end(legacyKeys),
                                        [&key](const LegacyKey &legacy) { return legacy.key == key; });
        if (known == std::end(legacyKeys) || !known->valid(settings.value(key))) {
            settings.remove(key);
            removed->append(key);
        }
    }
}

} // namespace

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
{
}

int AppSettings::version() const
{
    bool ok = false;
    const int stored = m_settings->value(Keys::version).toInt(&ok);
    return ok ? stored : 0;
}

AppSettings::MigrationResult AppSettings::migrate()
{
    MigrationResult result;
    result.from = version();
    result.to = result.from;
    if (result.from > currentVersion) {
        result.newerThanThisApp = true;
        return result;
    }
    // One step per version; a later layout adds its step below and bumps currentVersion.
    if (result.to == 0) {
        adoptUnversionedFile(*m_settings, &result.removedKeys);
        result.to = 1;
    }
    // 1 → 2: the language the settings dialog saved, where the next start could not find it.
    if (result.to == 1) {
        if (m_settings->contains(Keys::languageInLayout1)) {
            m_settings->setValue(Keys::language, m_settings->value(Keys::languageInLayout1));
            m_settings->remove(Keys::languageInLayout1);
        }
        result.to = 2;
    }
    m_settings->setValue(Keys::version, result.to);
    m_settings->sync();
    return result;
}

QString AppSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

AppSettings::Theme AppSettings::themeFromName(const QString &name, bool *ok)
{
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        if (name.compare(themeName(theme), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return theme;
        }
    }
    if (ok)
        *ok = false;
    return Theme::System;
}

AppSettings::Theme AppSettings::theme() const
{
    return themeFromName(m_settings->value(Keys::theme).toString());
}

void AppSettings::setTheme(Theme theme)
{
    m_settings->setValue(Keys::theme, themeName(theme));
}

int AppSettings::readerFontSize() const
{
    bool ok = false;
    const int points = m_settings->value(Keys::readerFontSize).toInt(&ok);
    return ok ? std::clamp(points, minReaderFontSize, maxReaderFontSize) : defaultReaderFontSize;
}

void AppSettings::setReaderFontSize(int points)
{
    m_settings->setValue(Keys::readerFontSize, std::clamp(points, minReaderFontSize, maxReaderFontSize));
}

QString AppSettings::language() const
{
    return m_settings->value(Keys::language).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings->remove(Keys::language);
    else
        m_settings->setValue(Keys::language, code);
}

SessionConfig AppSettings::interviewDefaults() const
{
    // Stored as the same JSON a session keeps, so the two can never drift apart.
    const QJsonDocument json = QJsonDocument::fromJson(m_settings->value(Keys::interviewDefaults).toByteArray());
    if (json.isObject()) {
        if (const std::optional<SessionConfig> config = SessionConfig::fromJson(json.object()))
            return *config;
    }
    return builtInInterviewDefaults();
}

SessionConfig AppSettings::builtInInterviewDefaults()
{
    return sessionPresets().first().config;
}

void AppSettings::setInterviewDefaults(const SessionConfig &config)
{
    SessionConfig defaults = config;
    defaults.seed = 1;          // every session gets a fresh seed; a stored one would replay it
    defaults.presetId.clear();  // the defaults are the user's own, not a preset's
    m_settings->setValue(Keys::interviewDefaults, QJsonDocument(defaults.toJson()).toJson(QJsonDocument::Compact));
}

bool AppSettings::backupsEnabled() const
{
    return m_settings->value(Keys::backupsEnabled, true).toBool();
}

void AppSettings::setBackupsEnabled(bool on)
{
    m_settings->setValue(Keys::backupsEnabled, on);
}

int AppSettings::backupsKept() const
{
    bool ok = false;
    const int kept = m_settings->value(Keys::backupsKept).toInt(&ok);
    return ok ? std::clamp(kept, 1, maxBackupsKept) : defaultBackupsKept;
}

void AppSettings::setBackupsKept(int count)
{
    m_settings->setValue(Keys::backupsKept, std::clamp(count, 1, maxBackupsKept));
}

bool AppSettings::databaseCheckPending() const
{
    return m_settings->value(Keys::databaseCheckPending, false).toBool();
}

void AppSettings::setDatabaseCheckPending(bool pending)
{
    if (pending)
        m_settings->setValue(Keys::databaseCheckPending, true);
    else
        m_settings->remove(Keys::databaseCheckPending);
    m_settings->sync();  // read at the next start, which may follow a crash
}

QString AppSettings::databaseSetAside() const
{
    return m_settings->value(Keys::databaseSetAside).toString();
}

void AppSettings::setDatabaseSetAside(const QString &path)
{
    if (path.isEmpty())
        m_settings->remove(Keys::databaseSetAside);
    else
        m_settings->setValue(Keys::databaseSetAside, path);
    m_settings->sync();
}

namespace BackupKeys {
constexpr QLatin1StringView theme{"theme"};
constexpr QLatin1StringView readerFontSize{"readerFontSize"};
constexpr QLatin1StringView language{"language"};
constexpr QLatin1StringView interviewDefaults{"interviewDefaults"};
constexpr QLatin1StringView backupsEnabled{"backupsEnabled"};
constexpr QLatin1StringView backupsKept{"backupsKept"};
} // namespace BackupKeys

QJsonObject AppSettings::backupValues() const
{
    return {{BackupKeys::theme, themeName(theme())},
            {BackupKeys::readerFontSize, readerFontSize()},
            {BackupKeys::language, language()},
            {BackupKeys::interviewDefaults, interviewDefaults().toJson()},
            {BackupKeys::backupsEnabled, backupsEnabled()},
            {BackupKeys::backupsKept, backupsKept()}};
}

bool AppSettings::checkBackupValues(const QJsonObject &values, QString *error)
{
    const auto wrong = [error](QLatin1StringView key, const char *expected) {
        *error = QStringLiteral("settings.%1: expected %2").arg(key, QLatin1String(expected));
        return false;
    };
    const auto has = [&values](QLatin1StringView key) { return values.contains(key); };
    bool known = false;
    if (has(BackupKeys::theme) && (themeFromName(values.value(BackupKeys::theme).toString(), &known), !known))
        return wrong(BackupKeys::theme, "system, light or dark");
    const QJsonValue size = values.value(BackupKeys::readerFontSize);
    if (has(BackupKeys::readerFontSize) && (!size.isDouble() || size.toInt() < minReaderFontSize || size.toInt() > maxReaderFontSize))
        return wrong(BackupKeys::readerFontSize, "a text size in points");
    if (has(BackupKeys::language) && !values.value(BackupKeys::language).isString())
        return wrong(BackupKeys::language, "a string");
    if (has(BackupKeys::interviewDefaults)
        && (!values.value(BackupKeys::interviewDefaults).isObject()
            || !SessionConfig::fromJson(values.value(BackupKeys::interviewDefaults).toObject())))
        return wrong(BackupKeys::interviewDefaults, "an interview configuration");
    if (has(BackupKeys::backupsEnabled) && !values.value(BackupKeys::backupsEnabled).isBool())
        return wrong(BackupKeys::backupsEnabled, "true or false");
    const QJsonValue kept = values.value(BackupKeys::backupsKept);
    if (has(BackupKeys::backupsKept) && (!kept.isDouble() || kept.toInt() < 1 || kept.toInt() > maxBackupsKept))
        return wrong(BackupKeys::backupsKept, "a number of days");
    return true;
}

void AppSettings::setBackupValues(const QJsonObject &values)
{
    if (values.contains(BackupKeys::theme))
        setTheme(themeFromName(values.value(BackupKeys::theme).toString()));
    if (values.contains(BackupKeys::readerFontSize))
        setReaderFontSize(values.value(BackupKeys::readerFontSize).toInt());
    if (values.contains(BackupKeys::language))
        setLanguage(values.value(BackupKeys::language).toString());
    if (values.contains(BackupKeys::interviewDefaults)) {
        if (const auto config = SessionConfig::fromJson(values.value(BackupKeys::interviewDefaults).toObject()))
            setInterviewDefaults(*config);
    }
    if (values.contains(BackupKeys::backupsEnabled))
        setBackupsEnabled(values.value(BackupKeys::backupsEnabled).toBool());
    if (values.contains(BackupKeys::backupsKept))
        setBackupsKept(values.value(BackupKeys::backupsKept).toInt());
    m_settings->sync();
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace DockPrep
