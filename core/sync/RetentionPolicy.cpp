// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/RetentionPolicy.h"

#include <QStringList>

#include <limits>

namespace Postbote {

namespace {

const auto KeepToken = QLatin1String("keep");
const auto DeleteToken = QLatin1String("delete");
const auto KeepDaysToken = QLatin1String("keep-days");
const auto KeepNewestToken = QLatin1String("keep-newest");
const auto KeepMbToken = QLatin1String("keep-mb");
const auto DeletedLocallyToken = QLatin1String("delete-locally-deleted");
const auto MaxSizeToken = QLatin1String("max-size");
const auto AllowNoUidlToken = QLatin1String("allow-no-uidl");

void setError(QString* error, const QString& text)
{
    if (error) {
        *error = text;
    }
}

} // namespace

QString RetentionPolicy::validate() const
{
    switch (mode) {
    case Mode::KeepOnServer:
    case Mode::DeleteAfterArchiving:
        if (limit != 0) {
            return tr("The setting “%1” takes no number.").arg(modeName(mode));
        }
        break;
    case Mode::KeepDays:
        if (limit < 1 || limit > MaxDays) {
            return tr("Keep messages on the server for 1 to %1 days, or choose to delete them "
                      "after archiving.")
                .arg(MaxDays);
        }
        break;
    case Mode::KeepNewest:
        if (limit < 1 || limit > MaxNewest) {
            return tr("Keep 1 to %1 of the newest messages on the server, or choose to delete "
                      "them after archiving.")
                .arg(MaxNewest);
        }
        break;
    case Mode::KeepMaxMegabytes:
        if (limit < 1 || limit > MaxMegabytes) {
            return tr("Keep 1 to %1 MB on the server, or choose to delete messages after "
                      "archiving.")
                .arg(MaxMegabytes);
        }
        break;
    }
    if (maxMessageBytes < 0) {
        return tr("The size limit for messages cannot be negative; use 0 for no limit.");
    }
    return {};
}

QString RetentionPolicy::modeName(Mode m)
{
    switch (m) {
    case Mode::KeepOnServer:
        return tr("keep on the server");
    case Mode::DeleteAfterArchiving:
        return tr("delete after archiving");
    case Mode::KeepDays:
        return tr("keep for some days");
    case Mode::KeepNewest:
        return tr("keep the newest messages");
    case Mode::KeepMaxMegabytes:
        return tr("keep up to a size");
    }
    return {};
}

QString RetentionPolicy::description() const
{
    QString text;
    switch (mode) {
    case Mode::KeepOnServer:
        text = tr("keep messages on the server");
        break;
    case Mode::DeleteAfterArchiving:
        text = tr("delete messages on the server once archived");
        break;
    case Mode::KeepDays:
        text = tr("keep messages on the server for %n day(s)", nullptr, limit);
        break;
    case Mode::KeepNewest:
        text = tr("keep the %n newest message(s) on the server", nullptr, limit);
        break;
    case Mode::KeepMaxMegabytes:
        text = tr("keep at most %1 MB on the server").arg(limit);
        break;
    }
    if (deleteWhenDeletedLocally) {
        text = tr("%1, and delete there what is deleted here").arg(text);
    }
    if (maxMessageBytes > 0) {
        text = tr("%1; only headers of messages over %2 bytes").arg(text).arg(maxMessageBytes);
    }
    if (allowNoUidl) {
        text = tr("%1; servers without UIDL allowed").arg(text);
    }
    return text;
}

QString RetentionPolicy::toString() const
{
    QStringList tokens;
    switch (mode) {
    case Mode::KeepOnServer:
        tokens << KeepToken;
        break;
    case Mode::DeleteAfterArchiving:
        tokens << DeleteToken;
        break;
    case Mode::KeepDays:
        tokens << KeepDaysToken + QLatin1Char('=') + QString::number(limit);
        break;
    case Mode::KeepNewest:
        tokens << KeepNewestToken + QLatin1Char('=') + QString::number(limit);
        break;
    case Mode::KeepMaxMegabytes:
        tokens << KeepMbToken + QLatin1Char('=') + QString::number(limit);
        break;
    }
    if (deleteWhenDeletedLocally) {
        tokens << DeletedLocallyToken;
    }
    if (maxMessageBytes != 0) {
        tokens << MaxSizeToken + QLatin1Char('=') + QString::number(maxMessageBytes);
    }
    if (allowNoUidl) {
        tokens << AllowNoUidlToken;
    }
    return tokens.join(QLatin1Char(','));
}

std::optional<RetentionPolicy> RetentionPolicy::fromString(QStringView text, QString* error)
{
    RetentionPolicy policy;
    QString modeToken; // the first mode seen, to name both in a conflict
    QStringList seen;
    const auto tokens = text.split(QLatin1Char(','));
    for (const QStringView raw : tokens) {
        const QStringView token = raw.trimmed();
        if (token.isEmpty()) {
            setError(error, tr("The retention setting “%1” has an empty part.").arg(text));
            return std::nullopt;
        }
        const qsizetype eq = token.indexOf(QLatin1Char('='));
        const QStringView key = eq < 0 ? token : token.left(eq).trimmed();
        const QStringView value = eq < 0 ? QStringView() : token.mid(eq + 1).trimmed();
        const bool takesNumber = key == KeepDaysToken || key == KeepNewestToken
            || key == KeepMbToken || key == MaxSizeToken;
        const bool known = takesNumber || key == KeepToken || key == DeleteToken
            || key == DeletedLocallyToken || key == AllowNoUidlToken;
        if (!known) {
            setError(error, tr("Unknown retention setting “%1”.").arg(token));
            return std::nullopt;
        }
        if (seen.contains(key.toString())) {
            setError(error, tr("The retention setting “%1” is given twice.").arg(key));
            return std::nullopt;
        }
        seen << key.toString();
        if (takesNumber != (eq >= 0)) {
            setError(error,
                takesNumber
                    ? tr("The retention setting “%1” needs a number, as in “%1=30”.").arg(key)
                    : tr("The retention setting “%1” takes no number.").arg(key));
            return std::nullopt;
        }
        qint64 number = 0;
        if (takesNumber) {
            bool ok = false;
            number = value.toLongLong(&ok);
            if (!ok || number < 0) {
                setError(error,
                    tr("The retention setting “%1” needs a whole number of 0 or more, not “%2”.")
                        .arg(key, value));
                return std::nullopt;
            }
        }
        if (key == MaxSizeToken) {
            policy.maxMessageBytes = number;
        } else if (key == DeletedLocallyToken) {
            policy.deleteWhenDeletedLocally = true;
        } else if (key == AllowNoUidlToken) {
            policy.allowNoUidl = true;
        } else {
            if (!modeToken.isEmpty()) {
                setError(error,
                    tr("The retention settings “%1” and “%2” contradict each other; choose one.")
                        .arg(modeToken, key));
                return std::nullopt;
            }
            modeToken = key.toString();
            if (number > std::numeric_limits<int>::max()) {
                number = std::numeric_limits<int>::max(); // validate() names the real bound
            }
            policy.limit = int(number);
            if (key == KeepToken) {
                policy.mode = Mode::KeepOnServer;
            } else if (key == DeleteToken) {
                policy.mode = Mode::DeleteAfterArchiving;
            } else if (key == KeepDaysToken) {
                policy.mode = Mode::KeepDays;
            } else if (key == KeepNewestToken) {
                policy.mode = Mode::KeepNewest;
            } else {
                policy.mode = Mode::KeepMaxMegabytes;
            }
        }
    }
    const QString problem = policy.validate();
    if (!problem.isEmpty()) {
        setError(error, problem);
        return std::nullopt;
    }
    return policy;
}

} // namespace Postbote
