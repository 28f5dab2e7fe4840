<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LaptopCheck</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/leader/laptop_check.py" line="+49"/>
        <source>%n thing(s) to put right before the event:</source>
        <translation>
            <numerusform>%n thing to put right before the event:</numerusform>
            <numerusform>%n things to put right before the event:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackPanel</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/leader/pack_panel.py" line="+76"/>
        <source>The pack for %1 (%n letter(s) to sign, a petition sheet, labels) went to %2.</source>
        <translation>
            <numerusform>The pack for %1 (%n letter to sign, a petition sheet, labels) went to %2.</numerusform>
            <numerusform>The pack for %1 (%n letters to sign, a petition sheet, labels) went to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/pin_dialog.py" line="+146"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/leader/print_page.py" line="+268"/>
        <source>%n letter(s) in the queue waited past the keeping time set on the Event page: print them, or remove them so that the volunteers&apos; names do not stay on this laptop.</source>
        <translation>
            <numerusform>%n letter in the queue waited past the keeping time set on the Event page: print it, or remove it so that the volunteer&apos;s name does not stay on this laptop.</numerusform>
            <numerusform>%n letters in the queue waited past the keeping time set on the Event page: print them, or remove them so that the volunteers&apos; names do not stay on this laptop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n letter(s) saved while no printer was connected wait under Saved letters. Letters not printed are deleted at the keeping time (the first by %1).</source>
        <translation>
            <numerusform>%n letter saved while no printer was connected waits under Saved letters. Letters not printed are deleted at the keeping time (the first by %1).</numerusform>
            <numerusform>%n letters saved while no printer was connected wait under Saved letters. Letters not printed are deleted at the keeping time (the first by %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Print the mailing sheet now? It lists %n letter(s)</source>
        <translation>
            <numerusform>Print the mailing sheet now? It lists %n letter</numerusform>
            <numerusform>Print the mailing sheet now? It lists %n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> to %n address(es), with the postage for each.</source>
        <translation>
            <numerusform> to %n address, with the postage for each.</numerusform>
            <numerusform> to %n addresses, with the postage for each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The mailing sheet for %n letter(s) was printed.</source>
        <translation>
            <numerusform>The mailing sheet for %n letter was printed.</numerusform>
            <numerusform>The mailing sheet for %n letters was printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n letter(s) to this address can now be printed.</source>
        <translation>
            <numerusform>%n letter to this address can now be printed.</numerusform>
            <numerusform>%n letters to this address can now be printed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/projector.py" line="+58"/>
        <source>%n letter(s) written</source>
        <translation>
            <numerusform>%n letter written</numerusform>
            <numerusform>%n letters written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePrintRun</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/leader/queue_printing.py" line="+128"/>
        <source>%n letter(s) wait for their address to be checked: select one and press Check address.</source>
        <translation>
            <numerusform>%n letter waits for its address to be checked: select it and press Check address.</numerusform>
            <numerusform>%n letters wait for their address to be checked: select one and press Check address.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDeadline</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/leader/report_deadline.py" line="+20"/>
        <source>Report by %1: %n day(s) left.</source>
        <translation>
            <numerusform>Report by %1: %n day left.</numerusform>
            <numerusform>Report by %1: %n days left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The report was due on %1, %n day(s) ago: send it as soon as you can.</source>
        <translation>
            <numerusform>The report was due on %1, %n day ago: send it as soon as you can.</numerusform>
            <numerusform>The report was due on %1, %n days ago: send it as soon as you can.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedLettersPanel</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/leader/saved_panel.py" line="+95"/>
        <source>%n saved letter(s).</source>
        <translation>
            <numerusform>%n saved letter.</numerusform>
            <numerusform>%n saved letters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n PDF(s) printed.</source>
        <translation>
            <numerusform>%n PDF printed.</numerusform>
            <numerusform>%n PDFs printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Delete %n saved letter(s) without printing?</source>
        <translation>
            <numerusform>Delete %n saved letter without printing it?</numerusform>
            <numerusform>Delete %n saved letters without printing them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/leader/server_box.py" line="+128"/>
        <source>%n record(s) did not pass this laptop&apos;s checks and were kept aside, not counted: see below.</source>
        <translation>
            <numerusform>%n record did not pass this laptop&apos;s checks and was kept aside, not counted: see below.</numerusform>
            <numerusform>%n records did not pass this laptop&apos;s checks and were kept aside, not counted: see below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s) of a kind this version does not count (%1) were kept; update W4R Desktop to count them.</source>
        <translation>
            <numerusform>%n record of a kind this version does not count (%1) was kept; update W4R Desktop to count it.</numerusform>
            <numerusform>%n records of a kind this version does not count (%1) were kept; update W4R Desktop to count them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/kiosk/still_there.py" line="+59"/>
        <source>To protect your privacy, your letter will be cleared in %n second(s).</source>
        <translation>
            <numerusform>To protect your privacy, your letter will be cleared in %n second.</numerusform>
            <numerusform>To protect your privacy, your letter will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/leader/sync_page.py" line="+264"/>
        <source>%n new record(s),</source>
        <translation>
            <numerusform>%n new record,</numerusform>
            <numerusform>%n new records,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n counted already,</source>
        <translation>
            <numerusform>%n counted already,</numerusform>
            <numerusform>%n counted already,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in conflict.</source>
        <translation>
            <numerusform>%n in conflict.</numerusform>
            <numerusform>%n in conflict.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n record(s) of a kind this version does not count (%1) were kept and will be passed on; update W4R Desktop to count them.</source>
        <translation>
            <numerusform>%n record of a kind this version does not count (%1) was kept and will be passed on; update W4R Desktop to count it.</numerusform>
            <numerusform>%n records of a kind this version does not count (%1) were kept and will be passed on; update W4R Desktop to count them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Synced: wrote this laptop&apos;s %n record(s).</source>
        <translation>
            <numerusform>Synced: wrote this laptop&apos;s %n record.</numerusform>
            <numerusform>Synced: wrote this laptop&apos;s %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) had nothing new.</source>
        <translation>
            <numerusform>%n file had nothing new.</numerusform>
            <numerusform>%n files had nothing new.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s) in the folder count for another event. Count those events together with this one?</source>
        <translation>
            <numerusform>%n file in the folder counts for another event. Count that event together with this one?</numerusform>
            <numerusform>%n files in the folder count for another event. Count those events together with this one?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/kiosk/thanks.py" line="+54"/>
        <source>%n letter(s) written here</source>
        <translation>
            <numerusform>%n letter written here</numerusform>
            <numerusform>%n letters written here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/kiosk/welcome.py" line="+149"/>
        <source>%n letter(s) written here</source>
        <translation>
            <numerusform>%n letter written here</numerusform>
            <numerusform>%n letters written here</numerusform>
        </translation>
    </message>
</context>
</TS>
