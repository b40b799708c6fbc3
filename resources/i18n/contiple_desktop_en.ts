<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallCard</name>
    <message numerus="yes">
        <source>%n open ticket(s) — follow up on the newest instead?</source>
        <translation>
            <numerusform>%n open ticket — follow up on it instead?</numerusform>
            <numerusform>%n open tickets — follow up on the newest instead?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more kept.</source>
        <translation>
            <numerusform>%n more kept.</numerusform>
            <numerusform>%n more kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message numerus="yes">
        <source>This PC&apos;s clock is off by %n minute(s) (behind the server). Requests still work because the app corrects for it, but please set the clock automatically.</source>
        <translation>
            <numerusform>This PC&apos;s clock is off by %n minute (behind the server). Requests still work because the app corrects for it, but please set the clock automatically.</numerusform>
            <numerusform>This PC&apos;s clock is off by %n minutes (behind the server). Requests still work because the app corrects for it, but please set the clock automatically.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This PC&apos;s clock is off by %n minute(s) (ahead of the server). Requests still work because the app corrects for it, but please set the clock automatically.</source>
        <translation>
            <numerusform>This PC&apos;s clock is off by %n minute (ahead of the server). Requests still work because the app corrects for it, but please set the clock automatically.</numerusform>
            <numerusform>This PC&apos;s clock is off by %n minutes (ahead of the server). Requests still work because the app corrects for it, but please set the clock automatically.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This PC&apos;s clock is off by %n minute(s), and the server refuses requests whose time differs by more than 5 minutes. Set the clock correctly (automatic time).</source>
        <translation>
            <numerusform>This PC&apos;s clock is off by %n minute, and the server refuses requests whose time differs by more than 5 minutes. Set the clock correctly (automatic time).</numerusform>
            <numerusform>This PC&apos;s clock is off by %n minutes, and the server refuses requests whose time differs by more than 5 minutes. Set the clock correctly (automatic time).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n view</numerusform>
            <numerusform>%n views</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message numerus="yes">
        <source>%n unsent ticket draft(s) found. Restore one to continue where you left off.</source>
        <translation>
            <numerusform>%n unsent ticket draft found. Restore it to continue where you left off.</numerusform>
            <numerusform>%n unsent ticket drafts found. Restore one to continue where you left off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) could not be read (the file is damaged). Nothing was deleted: it was kept in %1 for your IT support.</source>
        <translation>
            <numerusform>%n draft could not be read (the file is damaged). Nothing was deleted: it was kept in %1 for your IT support.</numerusform>
            <numerusform>%n drafts could not be read (the files are damaged). Nothing was deleted: they were kept in %1 for your IT support.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InlineError</name>
    <message numerus="yes">
        <source>Trying again in %n s…</source>
        <translation>
            <numerusform>Trying again in %n s…</numerusform>
            <numerusform>Trying again in %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxItemPane</name>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message numerus="yes">
        <source>%n ticket(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n ticket waiting to be sent.</numerusform>
            <numerusform>%n tickets waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outbox file(s) could not be read. Nothing was deleted: they were kept in %1 for your IT support.</source>
        <translation>
            <numerusform>%n outbox file could not be read. Nothing was deleted: it was kept in %1 for your IT support.</numerusform>
            <numerusform>%n outbox files could not be read. Nothing was deleted: they were kept in %1 for your IT support.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemPresenter</name>
    <message numerus="yes">
        <source>%n field(s) need attention before the ticket can be sent: %1</source>
        <translation>
            <numerusform>%n field needs attention before the ticket can be sent: %1</numerusform>
            <numerusform>%n fields need attention before the ticket can be sent: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field needs attention.</numerusform>
            <numerusform>%n fields need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentTicketsWidget</name>
    <message numerus="yes">
        <source>%n ticket(s) in total</source>
        <translation>
            <numerusform>%n ticket in total</numerusform>
            <numerusform>%n tickets in total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message numerus="yes">
        <source>Contiple is busy — retrying in %n s</source>
        <translation>
            <numerusform>Contiple is busy — retrying in %n s</numerusform>
            <numerusform>Contiple is busy — retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your PC clock is off by %n minute(s); correct it in the system settings.</source>
        <translation>
            <numerusform>Your PC clock is off by %n minute; correct it in the system settings.</numerusform>
            <numerusform>Your PC clock is off by %n minutes; correct it in the system settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message numerus="yes">
        <source>Exported %n template(s) to %1.</source>
        <translation>
            <numerusform>Exported %n template to %1.</numerusform>
            <numerusform>Exported %n templates to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchedWindow</name>
    <message numerus="yes">
        <source>%n ticket(s) watched; checked about every two minutes.</source>
        <translation>
            <numerusform>%n ticket watched; checked about every two minutes.</numerusform>
            <numerusform>%n tickets watched; checked about every two minutes.</numerusform>
        </translation>
    </message>
</context>
</TS>
