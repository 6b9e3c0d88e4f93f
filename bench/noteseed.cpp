#include "noteseed.h"

#include "content/curriculum.h"
#include "curriculum/contentloader.h"
#include "curriculum/curriculumresources.h"
#include "diagrams/diagramcatalog.h"
#include "store/notetarget.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

namespace DockPrep::Bench {

namespace {

// What people add in their own words around what they read.
const QStringList &ownRemarks()
{
    static const QStringList remarks = {
        QStringLiteral("Asked in the platform team interview, I fumbled the follow-up."),
        QStringLiteral("Remember to say why, not just what."),
        QStringLiteral("TODO: try this on the lab VM tomorrow."),
        QStringLiteral("This bit us in production last year: the on-call runbook was wrong."),
        QStringLiteral("My one-line summary for the whiteboard."),
        QStringLiteral("Compare with how we did it before the migration."),
        QStringLiteral("Good example to bring up when they ask about trade-offs."),
        QStringLiteral("Not sure about this one, check the docs again."),
        QStringLiteral("The interviewer wanted numbers here, not adjectives."),
        QStringLiteral("Explain it to a junior first, then go deeper."),
    };
    return remarks;
}

QStringList sentencesOf(const QString &markdown)
{
    // Paragraphs first, with their hard-wrapped lines joined, so no sentence is cut at a wrap.
    static const QRegularExpression paragraphBreak(QStringLiteral("\\n\\s*\\n"));
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+"));
    QStringList sentences;
    for (QString paragraph : markdown.split(paragraphBreak, Qt::SkipEmptyParts)) {
        paragraph.replace(u'\n', u' ');
        for (const QString &part : paragraph.split(sentenceEnd, Qt::SkipEmptyParts)) {
            const QString sentence = part.trimmed();
            if (sentence.size() >= 20)  // a list marker or a heading alone makes a poor sentence
                sentences.append(sentence);
        }
    }
    return sentences;
}

// The first words of `text`, about `length` characters of them, never half a word.
QString clipped(const QString &text, int length)
{
    if (text.size() <= length)
        return text;
    const qsizetype space = text.lastIndexOf(u' ', length);
    return text.left(space > 0 ? space : length);
}

class NoteWriter
{
public:
    NoteWriter(const NoteSource &source, quint32 seed)
        : m_source(source)
        , m_random(seed)
    {
    }

    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(int(m_random.bounded(quint32(list.size())))); }

    QString target()
    {
        const int roll = between(0, 99);
        if (roll < 45)
            return NoteTarget::entry(pick(m_source.entries)).toString();
        if (roll < 60 && !m_source.diagramElements.isEmpty())
            return NoteTarget::diagram(pick(m_source.diagramElements)).toString();
        return {};
    }

    QString body(const QString &target)
    {
        const QStringList *own = nullptr;
        if (const NoteTarget parsed = NoteTarget::parse(target); parsed.isEntry()) {
            const auto found = m_source.entrySentences.constFind(parsed.entryId());
            if (found != m_source.entrySentences.constEnd())
                own = &found.value();
        }
        const auto sentence = [&] {
            if (chance(12))
                return pick(ownRemarks());
            return own && !own->isEmpty() && chance(75) ? pick(*own) : pick(m_source.allSentences);
        };
        QStringList parts;
        if (chance(50))
            parts.append(QStringLiteral("# ") + clipped(sentence(), between(20, 60)));
        const int paragraphs = between(1, 3);
        for (int p = 0; p < paragraphs; ++p) {
            QStringList sentences;
            const int count = between(1, 4);
            for (int s = 0; s < count; ++s)
                sentences.append(sentence());
            parts.append(sentences.join(u' '));
        }
        if (chance(25)) {
            QStringList items;
            const int count = between(2, 5);
            for (int i = 0; i < count; ++i)
                items.append(QStringLiteral("- ") + clipped(sentence(), between(25, 90)));
            parts.append(items.join(u'\n'));
        }
        if (chance(15) && !m_source.snippets.isEmpty())
            parts.append(pick(m_source.snippets));
        return parts.join(QStringLiteral("\n\n"));
    }

    QUuid uuid()
    {
        // From the generator, not the system's randomness, so a seed always gives the same ids.
        return QUuid(quint32(m_random.generate()), quint16(m_random.generate()), quint16(0x4000 | m_random.bounded(0x1000)),
                     uchar(0x80 | m_random.bounded(64)), uchar(m_random.generate()), uchar(m_random.generate()),
                     uchar(m_random.generate()), uchar(m_random.generate()), uchar(m_random.generate()),
                     uchar(m_random.generate()), uchar(m_random.generate()));
    }

private:
    const NoteSource &m_source;
    QRandomGenerator m_random;
};

} // namespace

NoteSource NoteSource::from(const Curriculum &curriculum, const DiagramCatalog &catalog)
{
    NoteSource source;
    source.entries = curriculum.readingOrder();
    source.diagramElements = catalog.links().values();
    source.diagramElements.sort();  // a QSet's order changes from run to run; the notes must not
    for (const QString &id : source.entries) {
        const Entry *entry = curriculum.entry(id);
        QStringList sentences = sentencesOf(entry->question);
        const auto addBlocks = [&](const BlockList &blocks) {
            for (const ContentBlock &block : blocks) {
                if (block.kind == ContentBlock::Kind::Prose)
                    sentences += sentencesOf(block.text);
                else
                    source.snippets.append(QStringLiteral("```%1\n%2\n```").arg(block.language, block.text.trimmed()));
            }
        };
        addBlocks(entry->answer);
        for (const KeyPoint &point : entry->keyPoints)
            sentences += sentencesOf(point.text);
        for (const FollowUp &followUp : entry->followUps) {
            sentences += sentencesOf(followUp.question);
            addBlocks(followUp.answer);
        }
        addBlocks(entry->whatChanged);
        source.allSentences += sentences;
        source.entrySentences.insert(id, sentences);
    }
    return source;
}

QList<Note> realisticNotes(int count, const NoteSource &source, quint32 seed)
{
    Q_ASSERT(!source.entries.isEmpty() && !source.allSentences.isEmpty());
    NoteWriter writer(source, seed);
    // Two years of studying, oldest first.
    const QDateTime start = QDateTime(QDate(2023, 1, 2), QTime(8, 0), QTimeZone::UTC);
    const qint64 span = qint64(730) * 24 * 3600;
    QList<Note> notes;
    notes.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QDateTime created = start.addSecs(span * i / qMax(count, 1));
        const QDateTime updated = writer.chance(30) ? created.addSecs(writer.between(60, 30 * 24 * 3600)) : created;
        const QString target = writer.target();
        notes.append({writer.uuid().toString(QUuid::WithoutBraces), target, writer.body(target), created, updated});
    }
    return notes;
}

bool seedNotes(NoteStore &store, const QList<Note> &notes, QString *error)
{
    return store.writeRecords(notes, {}, {}, error);
}

BuiltInContent loadBuiltInContent()
{
    ContentLoadResult loaded = loadCurriculum(builtInContentFolder(), builtInDiagramCatalog());
    DiagramCatalog catalog = DiagramCatalog::load(builtInDiagramCatalog());
    if (!loaded.ok() || catalog.diagrams().isEmpty())
        qFatal("the built-in curriculum did not load");
    return {std::move(loaded.curriculum), std::move(catalog)};
}

} // namespace DockPrep::Bench
