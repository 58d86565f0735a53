// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountRemoval.h"

#include "account/AccountPaths.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace Postbote {

namespace {

const char* const ChoiceProperty = "postboteRemovalChoice";

} // namespace

QMessageBox* AccountRemoval::createQuestion(const Account& account, QWidget* parent)
{
    auto* box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("AccountRemovalQuestion"));
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Remove Account"));
    box->setText(tr("Remove the account “%1”?").arg(account.name));
    box->setInformativeText(
        tr("Its settings and its stored password are removed. Its archive in %1 holds the mail "
           "fetched so far, which may be the only copy of messages already deleted on the "
           "server. Keep the archive unless you are sure you no longer need it.")
            .arg(QDir::toNativeSeparators(AccountPaths::archiveDirectory(account.id))));
    QPushButton* keep = box->addButton(tr("&Keep Archive"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepArchive"));
    keep->setProperty(ChoiceProperty, int(Choice::KeepArchive));
    QPushButton* remove = box->addButton(tr("&Delete Archive"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteArchive"));
    remove->setProperty(ChoiceProperty, int(Choice::DeleteArchive));
    QPushButton* cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancel"));
    cancel->setProperty(ChoiceProperty, int(Choice::Cancel));
    box->setDefaultButton(keep);
    box->setEscapeButton(cancel);
    return box;
}

AccountRemoval::Choice AccountRemoval::choiceOf(const QMessageBox* box)
{
    const QAbstractButton* clicked = box ? box->clickedButton() : nullptr;
    if (!clicked) {
        return Choice::Cancel;
    }
    const QVariant value = clicked->property(ChoiceProperty);
    return value.isValid() ? Choice(value.toInt()) : Choice::Cancel;
}

AccountRemoval::Choice AccountRemoval::ask(const Account& account, QWidget* parent)
{
    const std::unique_ptr<QMessageBox> box(createQuestion(account, parent));
    box->exec();
    return choiceOf(box.get());
}

} // namespace Postbote
