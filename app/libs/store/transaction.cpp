// Transaction (declared in database.h beside the connection it runs on).
#include "store/database.h"

namespace DockPrep {

Transaction::Transaction(const Database &db)
    : m_db(db)
    , m_nested(db.m_transactionDepth > 0)
{
    // IMMEDIATE takes the write lock up front, so a busy database fails here and not halfway.
    // Nested savepoints may share a name: SQLite's ROLLBACK TO and RELEASE take the innermost.
    m_active = m_nested ? m_db.exec(QStringLiteral("SAVEPOINT nested"), {}, &m_error)
                        : m_db.exec(QStringLiteral("BEGIN IMMEDIATE"), {}, &m_error);
    if (m_active)
        ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_nested) {
        m_db.exec(QStringLiteral("ROLLBACK TO nested"));
        m_db.exec(QStringLiteral("RELEASE nested"));
    } else {
        m_db.exec(QStringLiteral("ROLLBACK"));
    }
    --m_db.m_transactionDepth;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    const bool committed = m_nested ? m_db.exec(QStringLiteral("RELEASE nested"), {}, &m_error)
                                    : m_db.exec(QStringLiteral("COMMIT"), {}, &m_error);
    if (!committed)
        return false;  // still active: the destructor rolls back
    m_active = false;
    --m_db.m_transactionDepth;
    return true;
}

} // namespace DockPrep
