// The second connections that let work on other threads read the database while the GUI thread
// keeps its own (WAL gives each reader a consistent snapshot while the app writes).
#include "store/database.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace DockPrep {

Database::ReaderSettings Database::readerSettings() const
{
    if (!m_connection->isOpen())
        return {};
    QStringList options = m_connection->connectOptions().split(u';', Qt::SkipEmptyParts);
    if (!options.contains(QLatin1String("QSQLITE_OPEN_READONLY")))
        options.append(QStringLiteral("QSQLITE_OPEN_READONLY"));
    return {m_path, m_connection->databaseName(), options.join(u';')};
}

bool Database::openReader(const ReaderSettings &settings, QString *error)
{
    close();
    m_integrityChecked = false;
    if (settings.databaseName.isEmpty()) {
        *error = QStringLiteral("the database is not open");
        return false;
    }
    m_path = settings.path;
    m_connection->setDatabaseName(settings.databaseName);
    m_connection->setConnectOptions(settings.options);
    if (!m_connection->open()) {
        *error = m_connection->lastError().text();
        return false;
    }
    m_readOnly = true;
    return true;
}

} // namespace DockPrep
