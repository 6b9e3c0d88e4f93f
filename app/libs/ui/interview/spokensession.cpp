#include "ui/interview/spokensession.h"

#include "audio/questionreader.h"
#include "content/curriculum.h"
#include "interview/interviewsession.h"
#include "text/markdownhtml.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

namespace DockPrep {

namespace {

// At most this much of an answer being spoken is lost to a crash (the page checkpoints every few
// seconds; a write needs this much new sound, so typing pauses do not rewrite the file each time).
constexpr qint64 checkpointGrowthMs = 3000;

// What a listener hears: the title, then the question without its Markdown.
QString spokenQuestion(const Entry &entry)
{
    return entry.title + QStringLiteral(".\n") + markdownToPlainText(entry.question);
}

} // namespace

SpokenSession::SpokenSession(InterviewSession *session, qint64 sessionId, const Curriculum &curriculum,
                             SessionRecordings recordings, MonotonicClock clock, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sessionId(sessionId)
    , m_curriculum(curriculum)
    , m_recordings(std::move(recordings))
    , m_clock(std::move(clock))
{
    connect(&m_hearing, &QFutureWatcherBase::finished, this, &SpokenSession::heard);
    // Connected now, before the page's own listeners: a closing question's recording is kept
    // with it before the scoring page shows the question.
    connect(m_session, &InterviewSession::stateChanged, this, &SpokenSession::follow);
    connect(m_session, &InterviewSession::currentQuestionChanged, this, &SpokenSession::follow);
}

SpokenSession::~SpokenSession()
{
    // A transcription in flight finishes on its own (it holds copies and the curriculum, which
    // outlives every page); its recording stays unheard and is heard when the session resumes.
    m_hearing.disconnect(this);
}

void SpokenSession::start()
{
    m_reader = new QuestionReader(m_readerEngine, this);
    connect(m_reader, &QuestionReader::finished, this, [this] {
        if (m_recordingIndex >= 0 && m_session->state() == InterviewSession::State::Asking)
            startRecording();  // or resumes it, after "read again"
    });
    // Recordings kept but not heard yet: the app was closed while they waited.
    for (int i = 0; i < m_session->questionCount(); ++i) {
        const SessionQuestion question = m_session->question(i);
        if (question.status == QuestionStatus::Answered && !question.recording.isEmpty() && !question.delivery
            && m_recordings.exists(question.recording))
            m_queue.push_back({i, m_recordings.path(question.recording)});
    }
    hearNext();
    follow();
}

bool SpokenSession::isHearing(int index) const
{
    return m_hearingIndex == index || std::any_of(m_queue.cbegin(), m_queue.cend(), [index](const Hearing &h) { return h.index == index; });
}

void SpokenSession::readAgain()
{
    if (m_recordingIndex < 0 || m_session->state() != InterviewSession::State::Asking || m_reader->isReading())
        return;
    if (const Entry *entry = m_curriculum.entry(m_session->question(m_recordingIndex).entryId)) {
        if (m_recorder)
            m_recorder->pause();  // the recording does not keep the machine's voice
        m_reader->read(spokenQuestion(*entry));
        setStatus(tr("Reading the question aloud…"));
    }
}

void SpokenSession::follow()
{
    if (!m_reader)
        return;  // not started yet
    const InterviewSession::State state = m_session->state();
    const bool onClock = state == InterviewSession::State::Asking || state == InterviewSession::State::Paused;
    const int index = m_session->currentIndex();
    if (m_recordingIndex >= 0 && (!onClock || index != m_recordingIndex))
        finishRecording();
    if (!onClock)
        return;
    if (index != m_recordingIndex) {
        beginQuestion(index);
        return;
    }
    if (state == InterviewSession::State::Paused) {
        m_reader->stop();
        if (m_recorder) {
            m_recorder->pause();
            setStatus(tr("Recording paused with the clock."));
        }
    } else if (m_recorder) {
        m_recorder->resume();
        setStatus(tr("● Recording your answer: speak as you would to an interviewer. Submit when you are done."));
    } else if (!m_reader->isReading()) {
        startRecording();
    }
}

void SpokenSession::beginQuestion(int index)
{
    m_recordingIndex = index;
    if (m_session->state() != InterviewSession::State::Asking) {
        setStatus(tr("Recording paused with the clock."));
        return;  // resumed paused: recording starts with the clock
    }
    const Entry *entry = m_curriculum.entry(m_session->question(index).entryId);
    if (entry && m_reader->available()) {
        setStatus(tr("Reading the question aloud… the recording starts when it ends."));
        m_reader->read(spokenQuestion(*entry));
    } else {
        m_reader->read(QString());  // no engine: finished() at once starts the recording
    }
}

void SpokenSession::startRecording()
{
    if (m_recorder) {
        m_recorder->resume();  // after "read again"
    } else {
        auto recorder = std::make_unique<AnswerRecorder>(m_session->budgetMs(), m_clock);
        // A question resumed after a close or a crash goes on from what was checkpointed.
        const QString earlier = m_session->question(m_recordingIndex).recording;
        QString unreadable;
        if (const auto audio = m_recordings.exists(earlier) ? Wav::readFile(m_recordings.path(earlier), &unreadable) : std::nullopt)
            recorder->continueFrom(*audio);
        m_checkpointedMs = recorder->keptMs();
        if (!recorder->start(m_input)) {
            setStatus(recorder->error());  // the answer can still be typed, or transcribed from a file
            return;
        }
        connect(recorder.get(), &AnswerRecorder::limitReached, this, [this] {
            setStatus(tr("The recording reached its ten-minute limit: what follows is not recorded."));
        });
        connect(recorder.get(), &AnswerRecorder::failed, this, [this](const QString &message) { setStatus(message); });
        m_recorder = std::move(recorder);
    }
    const QString reading = m_reader->problem().isEmpty() ? QString() : QStringLiteral(" ") + m_reader->problem();
    setStatus(tr("● Recording your answer: speak as you would to an interviewer. Submit when you are done.") + reading);
}

void SpokenSession::finishRecording()
{
    const int index = std::exchange(m_recordingIndex, -1);
    m_reader->stop();
    if (!m_recorder)
        return;
    const PcmAudio audio = m_recorder->stop();
    m_recorder.reset();
    setStatus({});
    // A skipped question, or one the session ended before: its sound is not an answer.
    if (m_session->question(index).status != QuestionStatus::Answered || audio.samples.isEmpty()) {
        discardRecording(index);
        return;
    }
    const QString name = SessionRecordings::fileName(m_sessionId, index);
    QString error;
    if (!m_recordings.write(name, audio, &error)) {
        Q_EMIT problem(error);
        return;
    }
    m_session->setRecording(index, name);
    m_queue.push_back({index, m_recordings.path(name)});
    hearNext();
}

void SpokenSession::discardRecording(int index)
{
    const QString name = m_session->question(index).recording;
    if (name.isEmpty())
        return;
    QFile::remove(m_recordings.path(name));  // a checkpoint of an answer that was not given
    m_session->setRecording(index, QString());
}

void SpokenSession::checkpoint(bool force)
{
    if (!m_recorder || m_recordingIndex < 0)
        return;
    const qint64 kept = m_recorder->keptMs();
    if (kept <= m_checkpointedMs || (!force && kept - m_checkpointedMs < checkpointGrowthMs))
        return;
    const QString name = SessionRecordings::fileName(m_sessionId, m_recordingIndex);
    QString error;
    if (!m_recordings.write(name, m_recorder->snapshot(), &error)) {
        setStatus(error);
        return;
    }
    m_checkpointedMs = kept;
    m_session->setRecording(m_recordingIndex, name);
}

void SpokenSession::hearNext()
{
    if (m_hearing.isRunning() || m_queue.empty())
        return;
    const Hearing next = m_queue.front();
    m_queue.pop_front();
    const Entry *entry = m_curriculum.entry(m_session->question(next.index).entryId);
    if (!entry) {  // no longer in the curriculum: nothing to lean the recogniser towards
        Q_EMIT answerHeard(next.index);
        hearNext();
        return;
    }
    m_hearingIndex = next.index;
    m_hearing.setFuture(QtConcurrent::run([path = next.path, entry = *entry, &curriculum = m_curriculum] {
        return hearSpokenAnswer(path, curriculum, entry);
    }));
}

void SpokenSession::heard()
{
    const int index = std::exchange(m_hearingIndex, -1);
    const SpokenAnswer answer = m_hearing.result();
    // Not heard: the answer stays as typed (the recording is kept and heard again when the
    // session is resumed); scoring is not held up.
    if (answer.ok())
        m_session->hearAnswer(index, answer.transcript.text, answer.delivery);
    else
        Q_EMIT problem(tr("Your spoken answer to question %1 could not be transcribed: %2").arg(index + 1).arg(answer.error));
    Q_EMIT answerHeard(index);
    hearNext();
}

void SpokenSession::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

} // namespace DockPrep
