<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="ru">
<context>
    <name>ActForm</name>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="223" />
        <source>— выберите —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="228" />
        <source>&amp;Вид акта:</source>
        <translation>Act &amp;type:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="229" />
        <source>&amp;Номер:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="230" />
        <source>&amp;Дата акта:</source>
        <translation>Act &amp;date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="231" />
        <source>&amp;Скан:</source>
        <translation>&amp;Scan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="232" />
        <source>При&amp;мечание:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>ArmCountsForm</name>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="50" />
        <source>&amp;Квартал:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="52" />
        <source>&amp;Всего АРМ:</source>
        <translation>&amp;Total АРМ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="53" />
        <source>Подключено к &amp;МИС:</source>
        <translation>Connected to the &amp;МИС:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="54" />
        <source>Подключено к &amp;ЗСПД:</source>
        <translation>Connected to the &amp;ЗСПД:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="55" />
        <source>С &amp;аттестатом:</source>
        <translation>With a &amp;certificate:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="56" />
        <source>Медработников, &amp;нуждающихся в АРМ:</source>
        <translation>Medical workers &amp;needing an АРМ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="57" />
        <source>Медработников, &amp;обеспеченных АРМ:</source>
        <translation>Medical workers &amp;provided with an АРМ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="61" />
        <source>При&amp;мечание:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="63" />
        <source>Добро пожаловать в «Сводку»</source>
        <translation>Welcome to Svodka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="66" />
        <source>Данные хранятся на этом компьютере в зашифрованном виде и отправляются в регион, когда появляется связь.</source>
        <translation>Your data is kept encrypted on this computer and goes to the region whenever there is a link.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="70" />
        <source>Создать профиль для работы</source>
        <translation>Create a working profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="71" />
        <source>Открыть демонстрационный профиль (вымышленные данные)</source>
        <translation>Open the demo profile (invented data)</translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="68" />
        <source>Одновременные изменения</source>
        <translation>Simultaneous changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="77" />
        <source>Если одно и то же поле изменили на двух компьютерах, пока они не были на связи, сохраняется более позднее изменение. Другое значение показано здесь, чтобы ничего не потерялось: если верным было оно, откройте запись (двойной щелчок или Enter) и внесите его снова.</source>
        <translation>When the same field was changed on two computers while they were offline, the later change is kept. The other value is shown here so that nothing is lost: if it was the right one, open the record (double-click or Enter) and enter it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="84" />
        <source>Только новые</source>
        <translation>New only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="86" />
        <source>Отметить все как просмотренные</source>
        <translation>Mark all as seen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="88" />
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="119" />
        <source>Когда</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="120" />
        <source>Запись, учреждение</source>
        <translation>Record, facility</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="121" />
        <source>Поле</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="122" />
        <source>Оставлено</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="123" />
        <source>Не вошло</source>
        <translation>Not kept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="124" />
        <source>Откуда «не вошло»</source>
        <translation>“Not kept” came from</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="181" />
        <source>Показано: %1 · новых: %2</source>
        <translation>Shown: %1 · new: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="193" />
        <source>новое</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="216" />
        <source>%1, %2, поле «%3»: оставлено %4 (%5); не вошло %6 (%7).</source>
        <translation>%1, %2, field “%3”: kept %4 (%5); not kept %6 (%7).</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="43" />
        <source>Интернет &amp;есть</source>
        <translation>&amp;Internet is up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="45" />
        <source>— не указан —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="48" />
        <source>например, 2048</source>
        <translation>e.g. 2048</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="50" />
        <source>Интернет:</source>
        <translation>Internet:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="51" />
        <source>&amp;Канал связи:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="52" />
        <source>&amp;ЗСПД:</source>
        <translation>&amp;ЗСПД:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="53" />
        <source>&amp;СКЗИ:</source>
        <translation>&amp;СКЗИ (crypto):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="54" />
        <source>С&amp;корость, кбит/с:</source>
        <translation>&amp;Bandwidth, kbit/s:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="55" />
        <source>&amp;Провайдер:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="56" />
        <source>При&amp;мечание:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="60" />
        <source>не указано</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="61" />
        <source>подключено</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="62" />
        <source>не подключено</source>
        <translation>not connected</translation>
    </message>
</context>
<context>
    <name>DataBox</name>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="44" />
        <source>Данные</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="49" />
        <source>&amp;Копировать путь</source>
        <translation>Cop&amp;y path</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="50" />
        <source>&amp;Открыть папку</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="51" />
        <source>Создать &amp;резервную копию…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="52" />
        <source>Восс&amp;тановить из копии…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="57" />
        <source>Папка &amp;данных:</source>
        <translation>&amp;Data folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="78" />
        <source>Путь к папке данных скопирован.</source>
        <translation>The data folder's path has been copied.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="82" />
        <source>Не удалось открыть папку; путь можно скопировать.</source>
        <translation>Could not open the folder; you can copy its path.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="91" />
        <source>Резервная копия</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="101" />
        <source>Выберите папку вне папки данных: копия должна храниться отдельно, лучше на флешке или другом диске.</source>
        <translation>Choose a folder outside the data folder: a backup must be kept apart, best on a USB stick or another disk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="106" />
        <source>Создаю резервную копию…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="111" />
        <source>Резервная копия сохранена в файл «%1».
Она зашифрована: открыть её можно тем же паролем, что и профиль.</source>
        <translation>The backup has been saved to “%1”.
It is encrypted: it opens with the same passphrase as the profile.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="118" />
        <source>Копия не создана: %1</source>
        <translation>The backup was not made: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="126" />
        <location filename="../../desktop/ui/data_box.py" line="178" />
        <source>Восстановление из копии</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="128" />
        <source>Дождитесь окончания обмена с сервером и повторите.</source>
        <translation>Wait until the exchange with the server has finished, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="135" />
        <source>Все данные этого профиля будут заменены данными из резервной копии. Записи, внесённые после её создания, в профиле не останутся.

Текущий профиль не удаляется: он будет перенесён в отдельную папку рядом с папкой данных.

Понадобится пароль, который действовал, когда делалась копия. После восстановления программа попросит войти снова.

Продолжить?</source>
        <translation>All data of this profile will be replaced by the data in the backup. Records made after the backup was taken will not be in the profile.

The current profile is not deleted: it is moved to a separate folder next to the data folder.

You will need the passphrase that was in use when the backup was made. After the restore the program asks you to sign in again.

Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="152" />
        <source>Пароль, который действовал, когда делалась копия:</source>
        <translation>The passphrase in use when the backup was made:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="160" />
        <source>Проверяю копию…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="161" />
        <source>Проверяю пароль копии…</source>
        <translation>Checking the backup's passphrase…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="161" />
        <source>Заменяю профиль…</source>
        <translation>Replacing the profile…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="181" />
        <source>Профиль восстановлен из файла «%1».
Прежние данные сохранены в папке «%2».

Войдите снова с паролем, который действовал, когда делалась копия.</source>
        <translation>The profile has been restored from “%1”.
The previous data is kept in the folder “%2”.

Sign in again with the passphrase that was in use when the backup was made.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="187" />
        <source>Копия не восстановлена: %1
Текущий профиль не изменён.</source>
        <translation>The backup was not restored: %1
The current profile is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="192" />
        <source>Не удалось заменить профиль: %1
Текущий профиль на месте; войдите снова.</source>
        <translation>Could not replace the profile: %1
The current profile is in place; sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="197" />
        <source>Не удалось заменить профиль: %1
Данные профиля сейчас в папке «%2»; не удаляйте её и обратитесь к специалисту.</source>
        <translation>Could not replace the profile: %1
The profile's data is now in the folder “%2”; do not delete it, and call your IT support.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="206" />
        <source>пароль не подходит к этой копии.</source>
        <translation>the passphrase does not open this backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="208" />
        <source>файл не является резервной копией «Сводки» или повреждён.</source>
        <translation>the file is not a Svodka backup or is damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="230" />
        <source>Резервные копии «Сводки» (*%1);;Все файлы (*)</source>
        <translation>Svodka backups (*%1);;All files (*)</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="222" />
        <source>Демонстрационный профиль</source>
        <translation>Demo profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="225" />
        <source>Вымышленные учреждения и несколько записей: можно пробовать всё, ничего не испортив. Пароль демо-профиля: %1</source>
        <translation>Invented facilities and a few records: try anything without spoiling real data. Demo passphrase: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="230" />
        <source>Запустить &amp;учебный сервер на этом компьютере, чтобы видеть обмен данными</source>
        <translation>Start a &amp;practice server on this computer to watch data exchange</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="233" />
        <source>Сервер работает только для этого компьютера (адрес 127.0.0.1)</source>
        <translation>The server serves this computer only (address 127.0.0.1)</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="52" />
        <source>— выберите —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="53" />
        <source>— не указана —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="56" />
        <source>подписаны &amp;ЭП</source>
        <translation>&amp;signed electronically</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="62" />
        <source>&amp;Вид документа:</source>
        <translation>Document &amp;class:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="63" />
        <source>&amp;Куда отправлены:</source>
        <translation>Sent &amp;to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="64" />
        <source>&amp;Дата отправки:</source>
        <translation>&amp;Date sent:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="65" />
        <source>&amp;Количество:</source>
        <translation>&amp;Count:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="67" />
        <source>&amp;Статус:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="68" />
        <source>&amp;Регистрационный номер:</source>
        <translation>&amp;Registry number:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="69" />
        <source>При&amp;мечание:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="72" />
        <source>отправлены</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="72" />
        <source>зарегистрированы</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="72" />
        <source>отклонены</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="86" />
        <source>Из чего получено: %1</source>
        <translation>Where it comes from: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="114" />
        <source>В форме: %1</source>
        <translation>In the form: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="118" />
        <source>Исправлено вручную (%1); по фактам: %2.</source>
        <translation>Changed by hand (%1); the facts give %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="126" />
        <source>Форма отправлена: в ней значение на момент отправки, ниже — что дают факты сейчас.</source>
        <translation>The form was submitted: it holds the value at submission; below is what the facts give now.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="133" />
        <source>Как считается: %1</source>
        <translation>How it is counted: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="140" />
        <source>Учтено подразделений: %1 из %2.</source>
        <translation>Units counted: %1 of %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="147" />
        <source>Сумма по подразделениям: %1 — %2</source>
        <translation>Sum over the units: %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="153" />
        <source>; %1 — %2</source>
        <translation>; %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="158" />
        <source>Значение вносит сотрудник: в фактах учреждений его нет.</source>
        <translation>The officer enters this value: the facilities' records do not hold it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="164" />
        <source>Подразделение</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="165" />
        <source>Учтено</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="166" />
        <source>В числителе</source>
        <translation>Above the line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="167" />
        <source>В знаменателе</source>
        <translation>Below the line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="168" />
        <source>Откуда</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="189" />
        <source>Подразделений за этим числом нет.</source>
        <translation>No units stand behind this number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="206" />
        <source>Загружаю записи…</source>
        <translation>Loading the records…</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="53" />
        <source>Связь с региональным сервером</source>
        <translation>Connection to the regional server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="56" />
        <source>Адрес сервера и код подключения выдаёт районный или региональный администратор. Без них можно работать: записи сохранятся и уйдут позже.</source>
        <translation>The server address and the enrolment code come from the district or regional administrator. You can work without them: records are kept and sent later.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="60" />
        <source>Работать без связи, подключиться &amp;позже</source>
        <translation>Work offline, connect &amp;later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="61" />
        <source>Подключиться к серверу &amp;сейчас</source>
        <translation>Connect to the server &amp;now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="65" />
        <source>код из письма или от администратора</source>
        <translation>code from the letter or the administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="66" />
        <source>не обязательно</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="76" />
        <source>&amp;Выбрать…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="84" />
        <source>&amp;Адрес сервера:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="85" />
        <source>&amp;Код подключения:</source>
        <translation>Enrolment &amp;code:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="86" />
        <source>&amp;Сертификат УЦ:</source>
        <translation>C&amp;A certificate:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="96" />
        <source>Сертификат УЦ региона</source>
        <translation>The region's CA certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="96" />
        <source>Сертификаты (*.pem *.crt *.cer)</source>
        <translation>Certificates (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="118" />
        <source>Подключаюсь к серверу…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="131" />
        <source>Компьютер подключён к серверу.</source>
        <translation>This computer is connected to the server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="141" />
        <source>Можно выбрать «подключиться позже».</source>
        <translation>You can choose “connect later”.</translation>
    </message>
</context>
<context>
    <name>FactTable</name>
    <message>
        <location filename="../../desktop/ui/fact_table.py" line="43" />
        <source>не указано</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fact_table.py" line="45" />
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fact_table.py" line="47" />
        <source>нет</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="258" />
        <source>Svodka — первый запуск</source>
        <translation>Svodka — first run</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="305" />
        <source>Запускаю учебный сервер…</source>
        <translation>Starting the practice server…</translation>
    </message>
</context>
<context>
    <name>FormHeader</name>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="237" />
        <source>Предыдущий квартал</source>
        <translation>Previous quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="238" />
        <source>Следующий квартал</source>
        <translation>Next quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="252" />
        <source>Квартал:</source>
        <translation>Quarter:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="297" />
        <source>Есть несохранённые исправления.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="300" />
        <source>Замечание региона: %1</source>
        <translation>Region's comment: %1</translation>
    </message>
</context>
<context>
    <name>FormPanel</name>
    <message>
        <location filename="../../desktop/ui/form_kit.py" line="147" />
        <source>&amp;Записать</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_kit.py" line="256" />
        <source>Исправьте отмеченные поля</source>
        <translation>Correct the marked fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_kit.py" line="271" />
        <source>Записано. Изменение встало в очередь на отправку.</source>
        <translation>Saved. The change is queued for sending.</translation>
    </message>
</context>
<context>
    <name>FormTable</name>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="365" />
        <source>Исправить значение…</source>
        <translation>Change the value…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="367" />
        <source>Из чего получено…</source>
        <translation>Where it comes from…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="114" />
        <source>Интернет</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="115" />
        <source>ЗСПД</source>
        <translation>ЗСПД (secure network)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="116" />
        <source>СКЗИ</source>
        <translation>Crypto gateway (СКЗИ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="117" />
        <source>задержка, мс</source>
        <translation>latency, ms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="118" />
        <source>источник</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="119" />
        <source>пользователь</source>
        <translation>user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="120" />
        <source>подразделений</source>
        <translation>units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="121" />
        <source>справочник</source>
        <translation>catalog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="122" />
        <source>версия</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="123" />
        <source>вымышленные данные</source>
        <translation>invented data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="124" />
        <source>файл</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="125" />
        <source>сервер</source>
        <translation>server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="126" />
        <source>компьютер</source>
        <translation>computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="130" />
        <source>Время</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="131" />
        <source>Кто</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="132" />
        <source>Действие</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="133" />
        <source>Вид записи</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="134" />
        <source>Подразделение</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="135" />
        <source>Передача</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="136" />
        <source>Подробности</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="139" />
        <source>компьютер подключён к серверу</source>
        <translation>computer enrolled with the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="142" />
        <source>принят пакет для пересылки</source>
        <translation>bundle received for relay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="150" />
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="151" />
        <source>нет</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="97" />
        <source>Поиск: действие, вид записи, подразделение, подробности (Ctrl+F)</source>
        <translation>Search: action, record kind, unit, details (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="103" />
        <source>Сохранить в CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="175" />
        <source>Сохранить журнал в файл</source>
        <translation>Save the history to a file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="177" />
        <source>Таблица CSV (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="186" />
        <source>№ записи</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="188" />
        <source>Сохраняю журнал в файл…</source>
        <translation>Saving the history to a file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="188" />
        <source>Отменить</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="190" />
        <source>Сохранение журнала</source>
        <translation>Saving the history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="214" />
        <source>Журнал изменений</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="223" />
        <source>Журнал изменений: %1</source>
        <translation>Change history: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="224" />
        <source>Только «%1»</source>
        <translation>Only “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="254" />
        <source>Ничего не найдено</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="257" />
        <source>Показано %1 из %2</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="272" />
        <source>Сохранено строк: %1, файл %2</source>
        <translation>Rows saved: %1, file %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="284" />
        <source>Сохранение отменено, файл не записан</source>
        <translation>Saving cancelled, no file written</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="92" />
        <source>Сводка — учёт подключения ФАП/ФП</source>
        <translation>Svodka — connectivity of rural health posts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148" />
        <source>&amp;Данные</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157" />
        <source>Действия</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="305" />
        <source>Обмен с сервером…</source>
        <translation>Talking to the server…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="305" />
        <source>Отменить</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="291" />
        <location filename="../../desktop/ui/main_window.py" line="306" />
        <source>Синхронизация</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125" />
        <source>&amp;Синхронизировать</source>
        <translation>&amp;Synchronise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127" />
        <source>&amp;Очередь отправки…</source>
        <translation>Send &amp;queue…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="129" />
        <source>&amp;Конфликты…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="131" />
        <source>&amp;История изменений…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134" />
        <source>История &amp;выбранного учреждения…</source>
        <translation>History of the &amp;selected facility…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137" />
        <source>&amp;Квартальная форма МО…</source>
        <translation>&amp;Quarterly form of the MO…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139" />
        <source>&amp;Файл</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="141" />
        <source>&amp;Настройки…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="144" />
        <source>За&amp;блокировать</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147" />
        <source>В&amp;ыход</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155" />
        <source>&amp;Отчёты</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="236" />
        <source>Выберите учреждение слева</source>
        <translation>Choose a facility on the left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244" />
        <source>Выберите слева МО или её подразделение</source>
        <translation>Choose an MO or one of its subdivisions on the left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="279" />
        <location filename="../../desktop/ui/main_window.py" line="302" />
        <source>Отправка изменений</source>
        <translation>Sending changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="279" />
        <location filename="../../desktop/ui/main_window.py" line="302" />
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
        <location filename="../../desktop/ui/navigator.py" line="62" />
        <source>Все районы</source>
        <translation>All districts</translation>
    </message>
</context>
<context>
    <name>OutageForm</name>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="113" />
        <source>Связь &amp;восстановлена</source>
        <translation>Link &amp;restored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="118" />
        <source>например, обрыв линии, нет электричества</source>
        <translation>e.g. broken line, power cut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="120" />
        <source>&amp;Начало перерыва:</source>
        <translation>Outage &amp;start:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="122" />
        <source>&amp;Конец перерыва:</source>
        <translation>Outage &amp;end:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="123" />
        <source>П&amp;ричина:</source>
        <translation>C&amp;ause:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="124" />
        <source>При&amp;мечание:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>OutageTimeline</name>
    <message>
        <location filename="../../desktop/ui/timeline.py" line="63" />
        <source>За %1 дней: перерывов %2, без связи %3 ч</source>
        <translation>Last %1 days: %2 outages, %3 h without a link</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="64" />
        <source>Очередь отправки</source>
        <translation>Send queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="73" />
        <source>Здесь все изменения, записанные на этом компьютере, и где они сейчас. «Не принято сервером» значит: сервер получил изменение, но не принял его — в записи ошибка. На этом компьютере запись сохранена. Откройте её (двойной щелчок или Enter), исправьте, и исправление уйдёт на сервер при следующей синхронизации.</source>
        <translation>Every change recorded on this computer and where it is now. “Refused by the server” means the server received the change but did not accept it: the record has an error. The record is kept on this computer. Open it (double-click or Enter) and correct it; the correction goes to the server with the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="90" />
        <source>Все</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="91" />
        <source>В очереди</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="92" />
        <source>Отправлено</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="93" />
        <source>Принято сервером</source>
        <translation>Accepted by the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="94" />
        <source>Не принято</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="98" />
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="101" />
        <source>Показать:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="108" />
        <source>Показать ещё</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="110" />
        <location filename="../../desktop/ui/outbox_view.py" line="155" />
        <source>Скопировать причину</source>
        <translation>Copy the reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="139" />
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="140" />
        <source>Записано</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="141" />
        <source>Что</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="142" />
        <source>Учреждение</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="143" />
        <source>Состояние</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="144" />
        <source>Причина (от сервера)</source>
        <translation>Reason (from the server)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="207" />
        <source>%1; исправлено</source>
        <translation>%1; corrected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="240" />
        <source>Исправление этой записи уже в очереди</source>
        <translation>A correction of this record is already queued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="242" />
        <source>Откройте запись и исправьте её</source>
        <translation>Open the record and correct it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="248" />
        <source>В очереди: %1 · отправлено: %2 · принято сервером: %3 · не принято: %4</source>
        <translation>Queued: %1 · sent: %2 · accepted by the server: %3 · refused: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="254" />
        <source>показано: %1</source>
        <translation>shown: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="260" />
        <source>⚠ Не принято сервером: %1 — откройте каждую такую запись и исправьте её.</source>
        <translation>⚠ Refused by the server: %1 — open each such record and correct it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="278" />
        <source>№ %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="286" />
        <source>Причина: %1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="333" />
        <source>Значение строки %1</source>
        <translation>Value of row %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="338" />
        <source>Значение вносит сотрудник: в фактах учреждений его нет.</source>
        <translation>The officer enters this value: the facilities' records do not hold it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="340" />
        <source>По фактам: %1</source>
        <translation>From the facts: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="344" />
        <source>число, например 12,5</source>
        <translation>a number, e.g. 12.5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="347" />
        <source>Откуда взято значение или почему расчёт неверен (обязательно)</source>
        <translation>Where the value comes from, or why the computed one is wrong (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="357" />
        <source>Новое значение (%1):</source>
        <translation>New value (%1):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="359" />
        <source>Причина:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="362" />
        <source>Записать в форму</source>
        <translation>Put in the form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="364" />
        <source>Вернуть расчёт по фактам</source>
        <translation>Back to the value from the facts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="367" />
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="384" />
        <source>Введите число, например 12,5.</source>
        <translation>Enter a number, e.g. 12.5.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="386" />
        <source>Значение не может быть меньше нуля.</source>
        <translation>The value cannot be below zero.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="388" />
        <source>Напишите причину: без неё исправление не сохранить.</source>
        <translation>Write the reason: a change cannot be saved without one.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="86" />
        <source>Пароль профиля</source>
        <translation>Profile passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="89" />
        <source>Без пароля данные не прочитать никому. Не меньше %1 знаков; лучше фраза из нескольких слов.</source>
        <translation>Without the passphrase nobody can read the data. At least %1 characters; a phrase of several words is best.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="102" />
        <source>Имя пользователя:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="103" />
        <source>Пароль:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="104" />
        <source>Пароль ещё раз:</source>
        <translation>Passphrase again:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="110" />
        <source>Слишком короткий пароль</source>
        <translation>Passphrase too short</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="111" />
        <source>Слабый пароль: добавьте слов или знаков</source>
        <translation>Weak passphrase: add words or symbols</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="112" />
        <source>Пароль средней надёжности</source>
        <translation>Fair passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="113" />
        <source>Надёжный пароль</source>
        <translation>Strong passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="118" />
        <source>Пароли не совпадают</source>
        <translation>The passphrases differ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="139" />
        <source>Создаю зашифрованный профиль…</source>
        <translation>Creating the encrypted profile…</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="379" />
        <source>Ошибки в форме: отправить её нельзя, пока они есть</source>
        <translation>Errors in the form: it cannot be submitted while they remain</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="107" />
        <source>Выберите строку формы, чтобы увидеть её динамику.</source>
        <translation>Choose a row of the form to see how it changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="146" />
        <source>Ни за один из этих кварталов нет данных.</source>
        <translation>There is no data for any of these quarters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="160" />
        <source>значение формы</source>
        <translation>the form's value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="162" />
        <source>из отправленной формы</source>
        <translation>from the submitted form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="164" />
        <source>план: путь к цели года</source>
        <translation>plan: the path to the year's target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="166" />
        <source>цель на год</source>
        <translation>target for the year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="169" />
        <source>цели паспорта даны по региону: для МО не сравниваются</source>
        <translation>the passport's targets are for the whole region: not compared for an МО</translation>
    </message>
</context>
<context>
    <name>QuarterlyModel</name>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="91" />
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="92" />
        <source>Показатель</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="93" />
        <source>Строка</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="94" />
        <source>Значение</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="95" />
        <source>По фактам</source>
        <translation>From the facts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="96" />
        <source>Цель на год</source>
        <translation>Target for the year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="97" />
        <source>Состояние</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="177" />
        <source>Единица: %1</source>
        <translation>Unit of measure: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="180" />
        <source>Как считается: %1</source>
        <translation>How it is counted: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="184" />
        <source>Исправлено вручную: %1 (по фактам %2)</source>
        <translation>Changed by hand: %1 (the facts give %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="190" />
        <source>По фактам: %1 из %2</source>
        <translation>From the facts: %1 of %2</translation>
    </message>
</context>
<context>
    <name>QuarterlyWindow</name>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="81" />
        <source>Сохранить черновик</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="82" />
        <source>Отправить в регион…</source>
        <translation>Submit to the region…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="83" />
        <source>Квитанция</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="84" />
        <source>Экспорт XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="85" />
        <source>Экспорт PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="86" />
        <source>Обновить из фактов</source>
        <translation>Recompute from the facts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="90" />
        <source>Квартальная форма</source>
        <translation>Quarterly form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="170" />
        <location filename="../../desktop/ui/quarterly_view.py" line="267" />
        <source>Считаю показатели…</source>
        <translation>Computing the indicators…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="181" />
        <source>Показатели региона ещё не получены: они приходят с сервера при синхронизации.</source>
        <translation>The region's indicators have not arrived yet: they come from the server with a sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="214" />
        <source>Квартальная форма: %1, %2</source>
        <translation>Quarterly form: %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="236" />
        <source>Форма уже отправлена в регион.</source>
        <translation>The form has already been submitted to the region.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="239" />
        <source>Сначала исправьте ошибки: их список под таблицей.</source>
        <translation>Correct the errors first: they are listed under the table.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="242" />
        <source>Отправить форму в регион на проверку.</source>
        <translation>Submit the form to the region for review.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="245" />
        <source>Квитанция появится после отправки формы.</source>
        <translation>The receipt appears once the form is submitted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="274" />
        <source>Несохранённые исправления</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="275" />
        <source>Исправления в форме не сохранены и будут потеряны. Продолжить?</source>
        <translation>The changes to the form are not saved and will be lost. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="298" />
        <source>Форма отправлена в регион: изменить её значения нельзя.</source>
        <translation>The form was submitted to the region: its values cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="319" />
        <source>Черновик сохранён. Изменение встало в очередь на отправку.</source>
        <translation>Draft saved. The change is queued for sending.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="334" />
        <source>Форма отправлена. Она уйдёт на сервер при ближайшей синхронизации.</source>
        <translation>The form is submitted. It goes to the server with the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="339" />
        <source>Отправить форму в регион</source>
        <translation>Submit the form to the region</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="341" />
        <source>Отправить форму за %1 в регион? После отправки её нельзя изменить, пока регион не вернёт её на доработку.</source>
        <translation>Submit the form for %1 to the region? Once submitted it cannot be changed unless the region returns it for correction.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="362" />
        <source>Книга Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="362" />
        <source>Документ PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="364" />
        <source>Сохранить форму в файл</source>
        <translation>Save the form to a file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="383" />
        <source>Форма сохранена в файл %1</source>
        <translation>The form was saved to %1</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="239" />
        <source>КВИТАНЦИЯ о представлении квартальной формы</source>
        <translation>RECEIPT for a quarterly form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="241" />
        <source>Организация: %1 (%2)</source>
        <translation>Organisation: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="244" />
        <source>Квартал: %1</source>
        <translation>Quarter: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="247" />
        <source>Отправлена: %1, %2</source>
        <translation>Submitted: %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="250" />
        <source>Состояние: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="254" />
        <source>Показатели:</source>
        <translation>Indicators:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="259" />
        <source>Контрольная сумма: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="260" />
        <source>Доставка на сервер: %1</source>
        <translation>Delivery to the server: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="261" />
        <source>Компьютер: %1</source>
        <translation>Computer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="262" />
        <source>не подключён к серверу</source>
        <translation>not enrolled with the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="267" />
        <source>Проверена регионом: %1</source>
        <translation>Reviewed by the region: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="273" />
        <source>Замечание региона: %1</source>
        <translation>Region's comment: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="289" />
        <source>исправлено вручную: %1</source>
        <translation>changed by hand: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="304" />
        <source>изменение № %1</source>
        <translation>change no. %1</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="316" />
        <source>Квитанция об отправке формы</source>
        <translation>Receipt for the submitted form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="323" />
        <source>Копировать</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="156" />
        <source>Ключ восстановления</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="159" />
        <source>Если пароль забудут, профиль откроется только этим ключом. Он показан один раз: сохраните его в файл или распечатайте и храните отдельно от компьютера.</source>
        <translation>If the passphrase is forgotten, only this key opens the profile. It is shown once: save it to a file or print it, and keep it away from the computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="170" />
        <source>Сохранить в &amp;файл…</source>
        <translation>Save to &amp;file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="172" />
        <source>&amp;Распечатать…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="174" />
        <source>Я сохранил(а) ключ восстановления в надёжном месте</source>
        <translation>I have kept the recovery key in a safe place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="213" />
        <source>Сохранить ключ восстановления</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="197" />
        <source>Ключ восстановления профиля «Сводка»: %1</source>
        <translation>Svodka profile recovery key: %1</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="25" />
        <source>новая</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="26" />
        <source>черновик</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="27" />
        <source>отправлена</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="28" />
        <source>принята</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="29" />
        <source>возвращена</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="37" />
        <source>Форма ещё не сохранялась: значения посчитаны по записанным фактам.</source>
        <translation>The form has not been saved yet: the values are computed from the recorded facts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="41" />
        <source>Черновик: значения можно исправить, затем отправить форму в регион.</source>
        <translation>Draft: the values can be changed, then the form submitted to the region.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="45" />
        <source>Отправлена %1, ждёт проверки региона. Изменить нельзя.</source>
        <translation>Submitted on %1, awaiting the region's review. It cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="49" />
        <source>Принята регионом %1. Изменить нельзя.</source>
        <translation>Accepted by the region on %1. It cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="53" />
        <source>Возвращена на доработку %1. Исправьте и отправьте снова.</source>
        <translation>Returned for correction on %1. Correct it and submit again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="62" />
        <source>отстаёт</source>
        <translation>behind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="63" />
        <source>в графике</source>
        <translation>on track</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="64" />
        <source>цель достигнута</source>
        <translation>target reached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="65" />
        <source>без цели</source>
        <translation>no target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="66" />
        <location filename="../../desktop/ui/report_words.py" line="289" />
        <location filename="../../desktop/ui/report_words.py" line="303" />
        <source>нет данных</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="74" />
        <source>ТВСП МО</source>
        <translation>МО buildings (ТВСП)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="75" />
        <source>ФАП и ФП</source>
        <translation>ФАП and ФП</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="96" />
        <source>%1 К%2</source>
        <translation>%1 Q%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="104" />
        <source>К%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="110" />
        <source>%1 кв. %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="165" />
        <source>%1 по региону</source>
        <translation>%1 for the region</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="169" />
        <source>(%1 г.)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="188" />
        <source>Паспорт задаёт цели до %1 г.: в %2 г. цель %1 г. действует там, где в столбце «Цель на год» год указан в скобках.</source>
        <translation>The passport sets targets up to %1: in %2 the %1 target holds where the “Target for the year” column gives the year in brackets.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="194" />
        <source>Паспорт задаёт цели до %1 г.: в %2 г. цель %1 г. действует.</source>
        <translation>The passport sets targets up to %1: in %2 the %1 target holds.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="204" />
        <source>В паспорте нет цели для этой строки.</source>
        <translation>The passport sets no target for this row.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="206" />
        <source>Цель на %1 г. по паспорту.</source>
        <translation>The passport's target for %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="212" />
        <source>Паспорт задаёт цели до %1 г.; в %2 г. действует последняя из них.</source>
        <translation>The passport sets targets up to %1; in %2 the last of them holds.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="220" />
        <source>Доля: %1</source>
        <translation>Share: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="226" />
        <source>Число по региону: %1</source>
        <translation>Count for the region: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="232" />
        <source>По плану к концу квартала: %1</source>
        <translation>Planned by the end of the quarter: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="248" />
        <source>Строка %1: значение меньше нуля.</source>
        <translation>Row %1: the value is below zero.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="250" />
        <source>Строка %1: доля больше 100 %.</source>
        <translation>Row %1: a share above 100 %.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="252" />
        <source>Строка %1: больше, чем подходящих подразделений в реестре (%2).</source>
        <translation>Row %1: more than the matching units in the registry (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="256" />
        <source>Строка %1: обеспеченных АРМ больше, чем медработников, которым АРМ нужен (%2).</source>
        <translation>Row %1: more workers provided with an АРМ than workers needing one (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="261" />
        <source>Строка %1: таких АРМ больше, чем всего АРМ в строке %3 (%2).</source>
        <translation>Row %1: more such АРМ than the total АРМ in row %3 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="265" />
        <source>Строка %1: ошибка «%4».</source>
        <translation>Row %1: error “%4”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="285" />
        <source>выполняет условие</source>
        <translation>meets the condition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="286" />
        <source>не выполняет условие</source>
        <translation>does not meet the condition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="287" />
        <source>по счёту АРМ за квартал</source>
        <translation>from the quarter's АРМ count</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="288" />
        <source>по перечню АРМ</source>
        <translation>from the АРМ inventory</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="294" />
        <source>перенесено с квартала %1</source>
        <translation>carried over from %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="305" />
        <source>не входит в расчёт</source>
        <translation>not part of the count</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="307" />
        <source>не учтено</source>
        <translation>not counted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="308" />
        <source>учтено</source>
        <translation>counted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="314" />
        <source>не указано</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="316" />
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="318" />
        <location filename="../../desktop/ui/report_words.py" line="367" />
        <source>нет</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="338" />
        <source>запись не найдена (удалена или ещё не пришла)</source>
        <translation>record not found (deleted, or not arrived yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="345" />
        <source>Интернет есть (%1)</source>
        <translation>Internet (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="349" />
        <source>Интернета нет</source>
        <translation>no Internet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="352" />
        <source>%1; ЗСПД: %2</source>
        <translation>%1; ЗСПД (secure network): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="361" />
        <source>АРМ инв. № %1: МИС — %2, ЗСПД — %3, аттестат — %4</source>
        <translation>АРМ inv. no. %1: МИС %2, ЗСПД %3, certificate %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="370" />
        <source>, кабинет %1</source>
        <translation>, room %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="376" />
        <source>отправлены</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="377" />
        <source>зарегистрированы</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="380" />
        <source>%1, %2: %3 → %4, %5 шт., %6</source>
        <translation>%1, %2: %3 → %4, %5 pcs., %6</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="388" />
        <source>отклонены</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="393" />
        <source>%1 «%2»: %3 с %4</source>
        <translation>%1 “%2”: %3 since %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="404" />
        <source>всего %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="405" />
        <source>в МИС %1</source>
        <translation>in the МИС %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="406" />
        <source>в ЗСПД %1</source>
        <translation>in the ЗСПД %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="410" />
        <source>с аттестатом %1</source>
        <translation>certified %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="416" />
        <source>нуждаются в АРМ %1</source>
        <translation>needing an АРМ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="422" />
        <source>обеспечены АРМ %1</source>
        <translation>provided with an АРМ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="427" />
        <source>Счёт АРМ за %1</source>
        <translation>АРМ count for %1</translation>
    </message>
</context>
<context>
    <name>RowPanel</name>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="235" />
        <source>Исправить…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="236" />
        <source>Исправить значение строки (Enter или двойной щелчок)</source>
        <translation>Change the row's value (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="237" />
        <source>Из чего получено…</source>
        <translation>Where it comes from…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="256" />
        <source>Выберите строку формы, чтобы увидеть её динамику.</source>
        <translation>Choose a row of the form to see how it changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="265" />
        <source>Считаю, как менялся показатель…</source>
        <translation>Computing how the indicator changed…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="300" />
        <source>Значение внесено вручную: %1. Откуда: %2</source>
        <translation>Value entered by hand: %1. Source: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="305" />
        <source>Значение исправлено вручную: %1 (по фактам %2). Причина: %3</source>
        <translation>Value changed by hand: %1 (the facts give %2). Reason: %3</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../../desktop/ui/scan_viewer.py" line="37" />
        <source>Скан: %1</source>
        <translation>Scan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_viewer.py" line="46" />
        <source>Сохранить &amp;копию…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
</context>
<context>
    <name>ScanPicker</name>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="178" />
        <location filename="../../desktop/ui/paper_forms.py" line="200" />
        <source>файл не выбран</source>
        <translation>no file chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="180" />
        <location filename="../../desktop/ui/paper_forms.py" line="202" />
        <source>&amp;Выбрать файл…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="181" />
        <source>Убрать</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="193" />
        <source>Скан акта</source>
        <translation>Scan of the act</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="193" />
        <source>Сканы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="202" />
        <source>&amp;Другой файл…</source>
        <translation>&amp;Another file…</translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <location filename="../../desktop/ui/scan_viewer.py" line="59" />
        <source>Сохранить копию скана</source>
        <translation>Save a copy of the scan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_viewer.py" line="71" />
        <location filename="../../desktop/ui/scan_viewer.py" line="88" />
        <location filename="../../desktop/ui/scan_viewer.py" line="108" />
        <source>Скан</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_viewer.py" line="72" />
        <source>Копия сохранена: %1
Она не зашифрована — удалите её, когда она не нужна.</source>
        <translation>Copy saved: %1
It is not encrypted: delete it when no longer needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_viewer.py" line="89" />
        <source>Файл «%1» нельзя показать в программе. Сохранить его копию, чтобы открыть в другой программе? Копия не будет зашифрована.</source>
        <translation>The file “%1” cannot be shown here. Save a copy to open it in another program? The copy will not be encrypted.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="61" />
        <source>Настройки</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="66" />
        <source>Загружаю настройки…</source>
        <translation>Loading the settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="74" />
        <source>не задан — сертификаты системы</source>
        <translation>not set — the system's certificates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="75" />
        <source>&amp;Выбрать…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="76" />
        <source>Без &amp;файла</source>
        <translation>&amp;No file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="79" />
        <source> с</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="82" />
        <source> мин</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="83" />
        <source>никогда</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="100" />
        <source>Связь с сервером</source>
        <translation>Server connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="101" />
        <source>&amp;Адрес сервера:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="103" />
        <source>Сертификат &amp;УЦ:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="104" />
        <source>&amp;Проверять связь каждые:</source>
        <translation>Check the lin&amp;k every:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="106" />
        <source>Работа</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="107" />
        <source>&amp;Блокировать через:</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="108" />
        <source>&amp;Язык:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="169" />
        <source>Такого файла нет: укажите файл сертификата УЦ (.pem, .crt)</source>
        <translation>No such file: choose the CA certificate file (.pem, .crt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="185" />
        <source>Язык сменится после перезапуска программы.</source>
        <translation>The language changes when the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="192" />
        <source>Файл сертификата УЦ</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="194" />
        <source>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="206" />
        <source>Сохраняю…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>StatusCard</name>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="45" />
        <source>%1 кв. %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="52" />
        <source>Выберите учреждение слева</source>
        <translation>Choose a facility on the left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="57" />
        <source>Интернет:</source>
        <translation>Internet:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="58" />
        <source>ЗСПД:</source>
        <translation>Secure network:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="59" />
        <source>АРМ:</source>
        <translation>Workstations:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="60" />
        <source>Код:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="69" />
        <location filename="../../desktop/ui/status_card.py" line="70" />
        <source>нет сведений</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="75" />
        <source>есть (%1), на %2</source>
        <translation>yes (%1), as of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="78" />
        <source>нет, на %1</source>
        <translation>no, as of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="79" />
        <source>подключено</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="79" />
        <source>не подключено</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="82" />
        <source>за %1 не внесены</source>
        <translation>not recorded for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="86" />
        <source>за %1: всего %2, в МИС %3, в ЗСПД %4</source>
        <translation>in %1: %2 in all, %3 on the MIS, %4 on the secure network</translation>
    </message>
</context>
<context>
    <name>SubsystemForm</name>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="111" />
        <source>— выберите —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="112" />
        <source>&amp;применяется в этом подразделении</source>
        <translation>&amp;applies to this unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="118" />
        <source>&amp;Подсистема:</source>
        <translation>&amp;Subsystem:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="120" />
        <source>&amp;Этап:</source>
        <translation>S&amp;tage:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="121" />
        <source>&amp;С какого числа:</source>
        <translation>Since &amp;date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="122" />
        <source>Подтверждающий &amp;акт:</source>
        <translation>Confirming &amp;act:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="123" />
        <source>При&amp;мечание:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="134" />
        <source>— без акта —</source>
        <translation>— no act —</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../desktop/ui/sync_bar.py" line="52" />
        <source>В очереди: %1 · не принято: %2</source>
        <translation>Queued: %1 · not accepted: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_bar.py" line="57" />
        <source>Конфликтов: %1</source>
        <translation>Conflicts: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_bar.py" line="71" />
        <source>Последняя синхронизация: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_bar.py" line="76" />
        <source>Синхронизации ещё не было</source>
        <translation>No sync yet</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="26" />
        <source>состояние связи</source>
        <translation>connection status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="27" />
        <source>перерыв связи</source>
        <translation>outage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="28" />
        <source>число АРМ за квартал</source>
        <translation>АРМ counts for the quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="29" />
        <source>рабочее место (АРМ)</source>
        <translation>workstation (АРМ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="30" />
        <source>переданные документы</source>
        <translation>documents sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="31" />
        <source>подключение к подсистеме</source>
        <translation>subsystem connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="34" />
        <source>подтверждающий акт</source>
        <translation>confirming act</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="35" />
        <source>квартальная форма</source>
        <translation>quarterly form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="42" />
        <source>новая запись</source>
        <translation>new record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="43" />
        <source>исправление</source>
        <translation>correction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="44" />
        <source>удаление</source>
        <translation>deletion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="59" />
        <source>подключено к МИС</source>
        <translation>connected to the МИС</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="60" />
        <source>подключено к ЗСПД</source>
        <translation>connected to the ЗСПД</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="61" />
        <source>подсистема применяется</source>
        <translation>subsystem applies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="62" />
        <source>подписано ЭП</source>
        <translation>signed electronically</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="63" />
        <source>время изменения</source>
        <translation>time changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="84" />
        <source>%1: значение не принято (сервер: %2)</source>
        <translation>%1: value not accepted (server: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="94" />
        <source>пусто</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="97" />
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="99" />
        <source>нет</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="113" />
        <source>компьютер неизвестен</source>
        <translation>computer unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="115" />
        <source>этот компьютер</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="116" />
        <source>другой компьютер · %1</source>
        <translation>another computer · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="131" />
        <source>%1 дн.</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="137" />
        <source>%1 ч</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="139" />
        <source>%1 ч %2 мин</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="143" />
        <source>%1 мин</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="155" />
        <source>Часы компьютера отстают на %1 — проверьте время и дату</source>
        <translation>This computer's clock is %1 behind — check the time and date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="159" />
        <source>Часы компьютера спешат на %1 — проверьте время и дату</source>
        <translation>This computer's clock is %1 ahead — check the time and date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="168" />
        <source>Компьютер не подключён к серверу</source>
        <translation>This computer is not enrolled with a server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="170" />
        <source>Связь с сервером проверяется…</source>
        <translation>Checking the connection to the server…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="172" />
        <source>Нет связи с сервером — изменения сохранены и уйдут позже</source>
        <translation>No connection to the server — changes are saved and will be sent later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="176" />
        <source>Связь с сервером есть</source>
        <translation>Connected to the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="177" />
        <source>Связь с сервером есть (%1 мс)</source>
        <translation>Connected to the server (%1 ms)</translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <location filename="../../desktop/ui/table_csv.py" line="67" />
        <source>Сохранить таблицу в CSV…</source>
        <translation>Save the table as CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_csv.py" line="79" />
        <source>Сохранить таблицу в CSV</source>
        <translation>Save the table as CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_csv.py" line="81" />
        <source>Таблица CSV (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_csv.py" line="91" />
        <source>Таблица не сохранена</source>
        <translation>The table was not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_csv.py" line="92" />
        <source>Не удалось записать файл: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
</context>
<context>
    <name>UnitForms</name>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="111" />
        <source>Когда</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="112" />
        <source>Интернет</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="113" />
        <source>Канал</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="114" />
        <location filename="../../desktop/ui/unit_forms.py" line="158" />
        <source>ЗСПД</source>
        <translation>ЗСПД (secure network)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="115" />
        <source>Кто отметил</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="116" />
        <source>Примечание</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="122" />
        <source>Начало</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="123" />
        <source>Конец</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="123" />
        <source>идёт</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="124" />
        <source>Причина</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="129" />
        <source>Состояние связи сейчас</source>
        <translation>Connection now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="130" />
        <source>Перерыв связи</source>
        <translation>Outage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="131" />
        <source>Связь за 90 дней</source>
        <translation>Connection over 90 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="132" />
        <source>&amp;Связь</source>
        <translation>&amp;Connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="136" />
        <source>проверка связи</source>
        <translation>link check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="137" />
        <source>вручную</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="145" />
        <source>Квартал</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="146" />
        <source>Всего</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="147" />
        <source>В МИС</source>
        <translation>In МИС</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="148" />
        <source>В ЗСПД</source>
        <translation>In ЗСПД</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="149" />
        <source>С аттестатом</source>
        <translation>Certified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="155" />
        <source>Инв. номер</source>
        <translation>Inventory no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="156" />
        <source>Кабинет</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="157" />
        <source>МИС</source>
        <translation>МИС</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="159" />
        <source>Списан</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="165" />
        <source>АРМ за квартал</source>
        <translation>АРМ for the quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="166" />
        <source>Рабочее место (АРМ)</source>
        <translation>Workstation (АРМ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="167" />
        <source>Внесённые количества и инвентарь</source>
        <translation>Counts recorded and inventory</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="168" />
        <source>&amp;АРМ</source>
        <translation>&amp;АРМ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="176" />
        <location filename="../../desktop/ui/unit_forms.py" line="210" />
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="177" />
        <location filename="../../desktop/ui/unit_forms.py" line="211" />
        <source>Вид</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="178" />
        <source>Кол-во</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="179" />
        <source>Куда</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="180" />
        <source>Статус</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="183" />
        <source>Отправленные документы</source>
        <translation>Documents sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="184" />
        <source>Записи</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="184" />
        <source>&amp;Документы</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="192" />
        <source>Подсистема</source>
        <translation>Subsystem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="193" />
        <source>Применяется</source>
        <translation>Applies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="195" />
        <source>Этап</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="195" />
        <source>нет записи</source>
        <translation>no record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="197" />
        <source>С какого числа</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="201" />
        <source>Подключение к подсистеме</source>
        <translation>Connection to a subsystem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="202" />
        <source>Матрица подсистем</source>
        <translation>Subsystem matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="203" />
        <source>&amp;Подсистемы</source>
        <translation>Su&amp;bsystems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="212" />
        <source>Номер</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="213" />
        <source>Скан</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="213" />
        <source>есть</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="216" />
        <source>&amp;Открыть скан выбранного акта</source>
        <translation>&amp;Open the scan of the selected act</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="218" />
        <source>Подтверждающий акт</source>
        <translation>Confirming act</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="219" />
        <source>Акты</source>
        <translation>Acts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="220" />
        <source>Ак&amp;ты</source>
        <translation>Ac&amp;ts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="275" />
        <source>Выберите акт в списке</source>
        <translation>Choose an act in the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="279" />
        <source>У этого акта нет скана</source>
        <translation>This act has no scan</translation>
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
        <translation>
            <numerusform>Wrong passphrase. Next try in %n second.</numerusform>
            <numerusform>Wrong passphrase. Next try in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="142" />
        <source>Проверяю пароль…</source>
        <translation>Checking the passphrase…</translation>
    </message>
</context>
<context>
    <name>WorkstationForm</name>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="114" />
        <source>работает в &amp;МИС</source>
        <translation>works in the &amp;МИС</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="115" />
        <source>подключён к &amp;ЗСПД</source>
        <translation>connected to the &amp;ЗСПД</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="118" />
        <source>&amp;Инвентарный номер:</source>
        <translation>&amp;Inventory number:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="119" />
        <source>&amp;Кабинет:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="120" />
        <source>&amp;Операционная система:</source>
        <translation>&amp;Operating system:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="123" />
        <source>&amp;Аттестат:</source>
        <translation>&amp;Certificate:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="124" />
        <source>&amp;Введён в работу:</source>
        <translation>In ser&amp;vice since:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="125" />
        <source>&amp;Списан:</source>
        <translation>Re&amp;tired on:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="126" />
        <source>При&amp;мечание:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
</TS>