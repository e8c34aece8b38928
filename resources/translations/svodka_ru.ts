<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru" sourcelanguage="ru">
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="49" />
        <source>Добро пожаловать в «Сводку»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="52" />
        <source>Данные хранятся на этом компьютере в зашифрованном виде и отправляются в регион, когда появляется связь.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="56" />
        <source>Создать профиль для работы</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="57" />
        <source>Открыть демонстрационный профиль (вымышленные данные)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="182" />
        <source>Демонстрационный профиль</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="185" />
        <source>Вымышленные учреждения и несколько записей: можно пробовать всё, ничего не испортив. Пароль демо-профиля: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="203" />
        <source>Svodka — первый запуск</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="53" />
        <source>Сводка — учёт подключения ФАП/ФП</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75" />
        <source>Синхронизировать</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="78" />
        <source>&amp;Данные</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80" />
        <source>Действия</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="95" />
        <source>В очереди: %1 · не принято: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100" />
        <source>Без связи с сервером (не подключено)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="103" />
        <source>Последняя синхронизация: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="106" />
        <source>Синхронизации ещё не было</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116" />
        <source>Обмен с сервером…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116" />
        <source>Отменить</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="117" />
        <location filename="../../desktop/ui/main_window.py" line="132" />
        <source>Синхронизация</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125" />
        <source>Отправка изменений</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125" />
        <source>Приём данных</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="28" />
        <source>Поиск по названию или коду</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="31" />
        <source>Все типы</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="33" />
        <source>МО</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="34" />
        <source>ТВСП</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="35" />
        <source>ФАП</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="36" />
        <source>ФП</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="60" />
        <source>Все районы</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="72" />
        <source>Пароль профиля</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="75" />
        <source>Без пароля данные не прочитать никому. Не меньше %1 знаков; лучше фраза из нескольких слов.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="88" />
        <source>Имя пользователя:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="89" />
        <source>Пароль:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="90" />
        <source>Пароль ещё раз:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="96" />
        <source>Слишком короткий пароль</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="97" />
        <source>Слабый пароль: добавьте слов или знаков</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="98" />
        <source>Пароль средней надёжности</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="99" />
        <source>Надёжный пароль</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="104" />
        <source>Пароли не совпадают</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="120" />
        <source>Создаю зашифрованный профиль…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="135" />
        <source>Ключ восстановления</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="138" />
        <source>Если пароль забудут, профиль откроется только этим ключом. Он показан один раз: сохраните его в файл или распечатайте и храните отдельно от компьютера.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="149" />
        <source>Сохранить в файл…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="151" />
        <source>Я сохранил(а) ключ восстановления в надёжном месте</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="170" />
        <source>Сохранить ключ восстановления</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="173" />
        <source>Ключ восстановления профиля «Сводка»: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusCard</name>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="37" />
        <source>%1 кв. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="44" />
        <source>Выберите учреждение слева</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="49" />
        <source>Интернет:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="50" />
        <source>ЗСПД:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="51" />
        <source>АРМ:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="52" />
        <source>Код:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="61" />
        <location filename="../../desktop/ui/status_card.py" line="62" />
        <source>нет сведений</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="68" />
        <source>есть (%1), на %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="71" />
        <source>нет, на %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="72" />
        <source>подключено</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="72" />
        <source>не подключено</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="75" />
        <source>за %1 не внесены</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="79" />
        <source>за %1: всего %2, в МИС %3, в ЗСПД %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="45" />
        <source>Svodka — вход</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="56" />
        <source>Войти</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="59" />
        <source>Забыли пароль?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="73" />
        <source>Пользователь:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="74" />
        <source>Пароль:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="75" />
        <source>Папка данных: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="96" />
        <source>Ключ восстановления</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="97" />
        <source>Введите ключ восстановления, выданный при создании профиля:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="129" />
        <source>Попробуйте ещё раз.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/unlock.py" line="135" />
        <source>Неверный пароль. Следующая попытка через %n с.</source>
        <translation><numerusform>Неверный пароль. Следующая попытка через %n секунду.</numerusform><numerusform>Неверный пароль. Следующая попытка через %n секунды.</numerusform><numerusform>Неверный пароль. Следующая попытка через %n секунд.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="142" />
        <source>Проверяю пароль…</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>