#include "exchange/importplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace DockPrep {

namespace {

Progress merged(const Progress &local, const Progress &incoming)
{
    Progress result = local;
    if (incoming.studied && !local.studied) {
        result.studied = true;
        result.studiedAt = incoming.studiedAt;
    }
    if (incoming.lastSeen.isValid() && (!local.lastSeen.isValid() || incoming.lastSeen > local.lastSeen))
        result.lastSeen = incoming.lastSeen;
    return result;
}

bool sameProgress(const Progress &a, const Progress &b)
{
    return a.studied == b.studied && a.studiedAt == b.studiedAt && a.lastSeen == b.lastSeen;
}

} // namespace

QString ImportPlan::summary() const
{
    if (isEmpty())
        return QCoreApplication::translate("ImportPlan", "Everything in this backup is already here; importing it changes nothing.");
    QStringList parts;
    parts << QCoreApplication::translate("ImportPlan", "%n new note(s)", nullptr, int(addedNotes.size()))
          << QCoreApplication::translate("ImportPlan", "%n note(s) replaced by a newer copy", nullptr, int(updatedNotes.size()))
          << QCoreApplication::translate("ImportPlan", "%n new bookmark(s)", nullptr, int(addedBookmarks.size()))
          << QCoreApplication::translate("ImportPlan", "%n question(s) with merged progress", nullptr, int(progressChanges.size()));
    // Parts only a full backup (format 2) has are named when they change something.
    if (!addedInterviews.isEmpty())
        parts << QCoreApplication::translate("ImportPlan", "%n interview session(s)", nullptr, int(addedInterviews.size()));
    if (!reviewChanges.isEmpty())
        parts << QCoreApplication::translate("ImportPlan", "%n question(s) in the review schedule", nullptr, int(reviewChanges.size()));
    if (!challengeChanges.isEmpty())
        parts << QCoreApplication::translate("ImportPlan", "%n challenge attempt(s)", nullptr, int(challengeChanges.size()));
    if (!settingsChanges.isEmpty())
        parts << QCoreApplication::translate("ImportPlan", "%n setting(s)", nullptr, int(settingsChanges.size()));
    QString text = QCoreApplication::translate("ImportPlan", "Importing will add or change: %1.").arg(parts.join(QLatin1String(", ")));
    if (keptLocalNotes > 0) {
        text += QLatin1Char(' ')
            + QCoreApplication::translate("ImportPlan", "%n note(s) here are newer than the backup's copy and stay as they are.",
                                          nullptr, keptLocalNotes);
    }
    return text;
}

ImportPlan planImport(const StudySnapshot &local, const StudySnapshot &incoming)
{
    ImportPlan plan;
    QHash<QString, const Note *> localNotes;
    for (const Note &note : local.notes)
        localNotes.insert(note.id, &note);
    // The same note twice in one backup (two files pasted together, a hand edit): the copy
    // changed last is the one that counts, wherever it stands in the file.
    QHash<QString, qsizetype> newestCopy;
    for (qsizetype i = 0; i < incoming.notes.size(); ++i) {
        const Note &note = incoming.notes.at(i);
        const auto found = newestCopy.constFind(note.id);
        if (found == newestCopy.constEnd() || note.updated >= incoming.notes.at(*found).updated)
            newestCopy.insert(note.id, i);
    }
    for (qsizetype i = 0; i < incoming.notes.size(); ++i) {
        const Note &note = incoming.notes.at(i);
        if (newestCopy.value(note.id) != i)
            continue;
        const Note *here = localNotes.value(note.id);
        if (!here)
            plan.addedNotes.append(note);
        else if (here->body == note.body && here->target == note.target)
            ++plan.unchangedNotes;
        else if (note.updated > here->updated)
            plan.updatedNotes.append(note);
        else
            ++plan.keptLocalNotes;
    }

    QSet<QString> bookmarked;
    for (const Bookmark &bookmark : local.bookmarks)
        bookmarked.insert(bookmark.entryId);
    for (const Bookmark &bookmark : incoming.bookmarks) {
        if (!bookmarked.contains(bookmark.entryId)) {
            plan.addedBookmarks.append(bookmark);
            bookmarked.insert(bookmark.entryId);
        }
    }

    QHash<QString, Progress> progress;
    for (const Progress &entry : local.progress)
        progress.insert(entry.entryId, entry);
    for (const Progress &entry : incoming.progress) {
        const auto found = progress.constFind(entry.entryId);
        const Progress before = found != progress.constEnd() ? *found : Progress{entry.entryId, false, {}, {}};
        const Progress after = merged(before, entry);
        if (!sameProgress(before, after)) {
            progress.insert(entry.entryId, after);
            plan.progressChanges.append(after);
        }
    }
    // The same entry twice in one backup: only its final merged state is written.
    QHash<QString, qsizetype> lastChange;
    for (qsizetype i = 0; i < plan.progressChanges.size(); ++i)
        lastChange.insert(plan.progressChanges.at(i).entryId, i);
    QList<Progress> unique;
    for (qsizetype i = 0; i < plan.progressChanges.size(); ++i) {
        if (lastChange.value(plan.progressChanges.at(i).entryId) == i)
            unique.append(plan.progressChanges.at(i));
    }
    plan.progressChanges = unique;

    const auto sessionKey = [](const SessionRecord &r) {
        return r.started.toString(Qt::ISODateWithMs) + u'|' + QString::fromUtf8(QJsonDocument(r.config.toJson()).toJson(QJsonDocument::Compact));
    };
    QSet<QString> sessionsHere;
    for (const StoredSession &session : local.interviews)
        sessionsHere.insert(sessionKey(session.record));
    for (const StoredSession &session : incoming.interviews) {
        if (!sessionsHere.contains(sessionKey(session.record))) {
            plan.addedInterviews.append(session);
            sessionsHere.insert(sessionKey(session.record));
        }
    }
    QHash<QString, ReviewState> reviews;
    for (const ReviewState &state : local.reviewSchedule)
        reviews.insert(state.entryId, state);
    for (const ReviewState &state : incoming.reviewSchedule) {
        const auto found = reviews.constFind(state.entryId);
        if (found == reviews.constEnd() || state.lastReviewed > found->lastReviewed) {
            reviews.insert(state.entryId, state);
            plan.reviewChanges.erase(std::remove_if(plan.reviewChanges.begin(), plan.reviewChanges.end(),
                                                    [&state](const ReviewState &s) { return s.entryId == state.entryId; }),
                                     plan.reviewChanges.end());
            plan.reviewChanges.append(state);
        }
    }
    QHash<QString, ChallengeAttempt> attempts;
    for (const ChallengeAttempt &attempt : local.challenges)
        attempts.insert(attempt.challengeId, attempt);
    for (const ChallengeAttempt &attempt : incoming.challenges) {
        const auto found = attempts.constFind(attempt.challengeId);
        if (found == attempts.constEnd() || attempt.updated > found->updated) {
            attempts.insert(attempt.challengeId, attempt);
            plan.challengeChanges.erase(std::remove_if(plan.challengeChanges.begin(), plan.challengeChanges.end(),
                                                       [&attempt](const ChallengeAttempt &a) { return a.challengeId == attempt.challengeId; }),
                                        plan.challengeChanges.end());
            plan.challengeChanges.append(attempt);
        }
    }
    for (auto it = incoming.settings.constBegin(); it != incoming.settings.constEnd(); ++it) {
        if (local.settings.value(it.key()) != it.value())
            plan.settingsChanges.insert(it.key(), it.value());
    }
    return plan;
}

bool applyImport(const ImportPlan &plan, NoteStore &store, QString *error)
{
    return store.writeRecords(plan.addedNotes + plan.updatedNotes, plan.addedBookmarks, plan.progressChanges, error);
}

bool applyImport(const ImportPlan &plan, const StudyStores &stores, const Database &db, QString *error)
{
    // The stores' own transactions nest in this one as savepoints: all of the import, or nothing.
    Transaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    if (!applyImport(plan, *stores.notes, error))
        return false;
    if (stores.interviews && (!plan.addedInterviews.isEmpty() || !plan.reviewChanges.isEmpty())
        && !stores.interviews->writeImported(plan.addedInterviews, plan.reviewChanges, error))
        return false;
    if (stores.challenges && !plan.challengeChanges.isEmpty() && !stores.challenges->writeImported(plan.challengeChanges, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    if (stores.settings && !plan.settingsChanges.isEmpty())
        stores.settings->setBackupValues(plan.settingsChanges);
    return true;
}

} // namespace DockPrep
