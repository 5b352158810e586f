#pragma once

#include "protocol/protocol.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QString>

#include <functional>
#include <string>
#include <vector>

// Runs fsnoop-fanotify-helper directly (the tests run as root) and decodes what it says, with the
// same protocol code the GUI uses.
class HelperRun final
{
public:
    HelperRun() { m_process.setProcessChannelMode(QProcess::SeparateChannels); }
    ~HelperRun()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }

    bool start(const std::string &requestBytes)
    {
        m_process.start(QStringLiteral(FSNOOP_HELPER_PATH), {});
        if (!m_process.waitForStarted(5000))
            return false;
        m_process.write(requestBytes.data(), qint64(requestBytes.size()));
        return m_process.waitForBytesWritten(5000) || requestBytes.empty();
    }

    bool start(const fsnoop::proto::Request &request)
    {
        std::string bytes;
        fsnoop::proto::appendRequest(bytes, request);
        return start(bytes);
    }

    // Reads until `done` is true or the timeout; false on timeout or a bad stream.
    bool readUntil(const std::function<bool()> &done, int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!done()) {
            if (deadline.hasExpired() || m_bad)
                return false;
            if (m_process.bytesAvailable() == 0 && !m_process.waitForReadyRead(50)) {
                if (m_process.state() == QProcess::NotRunning && m_process.bytesAvailable() == 0)
                    return done();
                continue;
            }
            drain();
        }
        return true;
    }

    bool waitReady() { return readUntil([this] { return gotReady || gotError; }) && gotReady; }

    // Waits for the helper to end: true when it exited normally with `code` and wrote nothing on
    // standard error (it never does; under ASan/UBSan a report would land there). Says what
    // differs otherwise.
    bool exitsWith(int code)
    {
        if (!m_process.waitForFinished(5000)) {
            qWarning("the helper did not end");
            return false;
        }
        const QByteArray err = m_process.readAllStandardError();
        if (m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == code && err.isEmpty())
            return true;
        qWarning("the helper ended with status %d, code %d (not a normal exit with %d); standard error: %s",
                 int(m_process.exitStatus()), m_process.exitCode(), code, err.constData());
        return false;
    }

    void drain()
    {
        const QByteArray data = m_process.readAllStandardOutput();
        m_decoder.feed(data.constData(), std::size_t(data.size()));
        fsnoop::proto::Frame frame;
        for (;;) {
            const auto status = m_decoder.next(frame);
            if (status == fsnoop::proto::FrameDecoder::Status::NeedMore)
                return;
            if (status == fsnoop::proto::FrameDecoder::Status::Bad) {
                m_bad = true;
                return;
            }
            if (frame.type == fsnoop::proto::RecordType::Ready)
                gotReady = fsnoop::proto::parseReady(frame.payload, ready);
            else if (frame.type == fsnoop::proto::RecordType::Error)
                gotError = fsnoop::proto::parseError(frame.payload, error);
            else if (frame.type == fsnoop::proto::RecordType::Event) {
                fsnoop::proto::EventRecord e;
                if (!fsnoop::proto::parseEvent(frame.payload, e))
                    m_bad = true;
                else if (e.flags & fsnoop::proto::EvDrained)
                    ++drainMarkers; // not an event: the kernel queue was read empty
                else
                    events.push_back(e);
            } else if (frame.type == fsnoop::proto::RecordType::Mount) {
                fsnoop::proto::MountRecord m;
                if (!fsnoop::proto::parseMount(frame.payload, m))
                    m_bad = true;
                else
                    mounts.push_back(m);
            } else {
                m_bad = true;
            }
        }
    }

    QProcess &process() { return m_process; }
    bool badStream() const { return m_bad; }

    bool gotReady = false;
    bool gotError = false;
    fsnoop::proto::Ready ready;
    fsnoop::proto::ErrorRecord error;
    std::vector<fsnoop::proto::EventRecord> events;
    std::vector<fsnoop::proto::MountRecord> mounts;
    int drainMarkers = 0;

private:
    QProcess m_process;
    fsnoop::proto::FrameDecoder m_decoder;
    bool m_bad = false;
};
