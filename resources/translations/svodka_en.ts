<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="ru">
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="49" />
        <source>Добро пожаловать в «Сводку»</source>
        <translation>Welcome to Svodka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="52" />
        <source>Данные хранятся на этом компьютере в зашифрованном виде и отправляются в регион, когда появляется связь.</source>
        <translation>Your data is kept encrypted on this computer and goes to the region whenever there is a link.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="56" />
        <source>Создать профиль для работы</source>
        <translation>Create a working profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="57" />
        <source>Открыть демонстрационный профиль (вымышленные данные)</source>
        <translation>Open the demo profile (invented data)</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="182" />
        <source>Демонстрационный профиль</source>
        <translation>Demo profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="185" />
        <source>Вымышленные учреждения и несколько записей: можно пробовать всё, ничего не испортив. Пароль демо-профиля: %1</source>
        <translation>Invented facilities and a few records: try anything without spoiling real data. Demo passphrase: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="203" />
        <source>Svodka — первый запуск</source>
        <translation>Svodka — first run</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="53" />
        <source>Сводка — учёт подключения ФАП/ФП</source>
        <translation>Svodka — connectivity of rural health posts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75" />
        <source>Синхронизировать</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="78" />
        <source>&amp;Данные</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80" />
        <source>Действия</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="95" />
        <source>В очереди: %1 · не принято: %2</source>
        <translation>Queued: %1 · refused: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100" />
        <source>Без связи с сервером (не подключено)</source>
        <translation>No server (not enrolled)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="103" />
        <source>Последняя синхронизация: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="106" />
        <source>Синхронизации ещё не было</source>
        <translation>Never synced yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116" />
        <source>Обмен с сервером…</source>
        <translation>Talking to the server…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116" />
        <source>Отменить</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="117" />
        <location filename="../../desktop/ui/main_window.py" line="132" />
        <source>Синхронизация</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125" />
        <source>Отправка изменений</source>
        <translation>Sending changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125" />
        <source>Приём данных</source>
        <translation>Receiving data</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="28" />
        <source>Поиск по названию или коду</source>
        <translation>Search by name or code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="31" />
        <source>Все типы</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="33" />
        <source>МО</source>
        <translation>MO</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="34" />
        <source>ТВСП</source>
        <translation>TVSP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="35" />
        <source>ФАП</source>
        <translation>FAP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="36" />
        <source>ФП</source>
        <translation>FP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="60" />
        <source>Все районы</source>
        <translation>All districts</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="72" />
        <source>Пароль профиля</source>
        <translation>Profile passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="75" />
        <source>Без пароля данные не прочитать никому. Не меньше %1 знаков; лучше фраза из нескольких слов.</source>
        <translation>Without the passphrase nobody can read the data. At least %1 characters; a phrase of several words is best.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="88" />
        <source>Имя пользователя:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="89" />
        <source>Пароль:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="90" />
        <source>Пароль ещё раз:</source>
        <translation>Passphrase again:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="96" />
        <source>Слишком короткий пароль</source>
        <translation>Passphrase too short</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="97" />
        <source>Слабый пароль: добавьте слов или знаков</source>
        <translation>Weak passphrase: add words or symbols</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="98" />
        <source>Пароль средней надёжности</source>
        <translation>Fair passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="99" />
        <source>Надёжный пароль</source>
        <translation>Strong passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="104" />
        <source>Пароли не совпадают</source>
        <translation>The passphrases differ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="120" />
        <source>Создаю зашифрованный профиль…</source>
        <translation>Creating the encrypted profile…</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="135" />
        <source>Ключ восстановления</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="138" />
        <source>Если пароль забудут, профиль откроется только этим ключом. Он показан один раз: сохраните его в файл или распечатайте и храните отдельно от компьютера.</source>
        <translation>If the passphrase is forgotten, only this key opens the profile. It is shown once: save it to a file or print it, and keep it away from the computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="149" />
        <source>Сохранить в файл…</source>
        <translation>Save to file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="151" />
        <source>Я сохранил(а) ключ восстановления в надёжном месте</source>
        <translation>I have kept the recovery key in a safe place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="170" />
        <source>Сохранить ключ восстановления</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="173" />
        <source>Ключ восстановления профиля «Сводка»: %1</source>
        <translation>Svodka profile recovery key: %1</translation>
    </message>
</context>
<context>
    <name>StatusCard</name>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="37" />
        <source>%1 кв. %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="44" />
        <source>Выберите учреждение слева</source>
        <translation>Choose a facility on the left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="49" />
        <source>Интернет:</source>
        <translation>Internet:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="50" />
        <source>ЗСПД:</source>
        <translation>Secure network:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="51" />
        <source>АРМ:</source>
        <translation>Workstations:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="52" />
        <source>Код:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="61" />
        <location filename="../../desktop/ui/status_card.py" line="62" />
        <source>нет сведений</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="68" />
        <source>есть (%1), на %2</source>
        <translation>yes (%1), as of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="71" />
        <source>нет, на %1</source>
        <translation>no, as of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="72" />
        <source>подключено</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="72" />
        <source>не подключено</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="75" />
        <source>за %1 не внесены</source>
        <translation>not recorded for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="79" />
        <source>за %1: всего %2, в МИС %3, в ЗСПД %4</source>
        <translation>in %1: %2 in all, %3 on the MIS, %4 on the secure network</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="45" />
        <source>Svodka — вход</source>
        <translation>Svodka — sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="56" />
        <source>Войти</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="59" />
        <source>Забыли пароль?</source>
        <translation>Forgot the passphrase?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="73" />
        <source>Пользователь:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="74" />
        <source>Пароль:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="75" />
        <source>Папка данных: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="96" />
        <source>Ключ восстановления</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="97" />
        <source>Введите ключ восстановления, выданный при создании профиля:</source>
        <translation>Enter the recovery key given when the profile was created:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="129" />
        <source>Попробуйте ещё раз.</source>
        <translation>Try again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/unlock.py" line="135" />
        <source>Неверный пароль. Следующая попытка через %n с.</source>
        <translation><numerusform>Wrong passphrase. Next try in %n second.</numerusform><numerusform>Wrong passphrase. Next try in %n seconds.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="142" />
        <source>Проверяю пароль…</source>
        <translation>Checking the passphrase…</translation>
    </message>
</context>
</TS>