<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PinPrompt</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/pin_dialog.py" line="+105"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/kiosk/still_there.py" line="+51"/>
        <source>To protect your privacy, your letter will be cleared in %n second(s).</source>
        <translation>
            <numerusform>To protect your privacy, your letter will be cleared in %n second.</numerusform>
            <numerusform>To protect your privacy, your letter will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message numerus="yes">
        <location filename="../../w4r_desktop/gui/kiosk/thanks.py" line="+41"/>
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
        <location filename="../../w4r_desktop/gui/kiosk/welcome.py" line="+120"/>
        <source>%n letter(s) written here</source>
        <translation>
            <numerusform>%n letter written here</numerusform>
            <numerusform>%n letters written here</numerusform>
        </translation>
    </message>
</context>
</TS>
