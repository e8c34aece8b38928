<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="ru">
<context>
    <name>ActForm</name>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="223"/>
        <source>— выберите —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="228"/>
        <source>&amp;Вид акта:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="229"/>
        <source>&amp;Номер:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="230"/>
        <source>&amp;Дата акта:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="231"/>
        <source>&amp;Скан:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="232"/>
        <source>При&amp;мечание:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArmCountsForm</name>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="50"/>
        <source>&amp;Квартал:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="52"/>
        <source>&amp;Всего АРМ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="53"/>
        <source>Подключено к &amp;МИС:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="54"/>
        <source>Подключено к &amp;ЗСПД:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="55"/>
        <source>С &amp;аттестатом:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="56"/>
        <source>Медработников, &amp;нуждающихся в АРМ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="57"/>
        <source>Медработников, &amp;обеспеченных АРМ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="61"/>
        <source>При&amp;мечание:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="63"/>
        <source>Добро пожаловать в «Сводку»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="66"/>
        <source>Данные хранятся на этом компьютере в зашифрованном виде и отправляются в регион, когда появляется связь.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="70"/>
        <source>Создать профиль для работы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="71"/>
        <source>Открыть демонстрационный профиль (вымышленные данные)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="68"/>
        <source>Одновременные изменения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="77"/>
        <source>Если одно и то же поле изменили на двух компьютерах, пока они не были на связи, сохраняется более позднее изменение. Другое значение показано здесь, чтобы ничего не потерялось: если верным было оно, откройте запись (двойной щелчок или Enter) и внесите его снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="84"/>
        <source>Только новые</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="86"/>
        <source>Отметить все как просмотренные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="88"/>
        <source>Обновить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="119"/>
        <source>Когда</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="120"/>
        <source>Запись, учреждение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="121"/>
        <source>Поле</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="122"/>
        <source>Оставлено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="123"/>
        <source>Не вошло</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="124"/>
        <source>Откуда «не вошло»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="181"/>
        <source>Показано: %1 · новых: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="193"/>
        <source>новое</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_view.py" line="216"/>
        <source>%1, %2, поле «%3»: оставлено %4 (%5); не вошло %6 (%7).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="43"/>
        <source>Интернет &amp;есть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="45"/>
        <source>— не указан —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="48"/>
        <source>например, 2048</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="50"/>
        <source>Интернет:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="51"/>
        <source>&amp;Канал связи:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="52"/>
        <source>&amp;ЗСПД:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="53"/>
        <source>&amp;СКЗИ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="54"/>
        <source>С&amp;корость, кбит/с:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="55"/>
        <source>&amp;Провайдер:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="56"/>
        <source>При&amp;мечание:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="60"/>
        <source>не указано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="61"/>
        <source>подключено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="62"/>
        <source>не подключено</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataBox</name>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="44"/>
        <source>Данные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="49"/>
        <source>&amp;Копировать путь</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="50"/>
        <source>&amp;Открыть папку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="51"/>
        <source>Создать &amp;резервную копию…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="52"/>
        <source>Восс&amp;тановить из копии…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="57"/>
        <source>Папка &amp;данных:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="78"/>
        <source>Путь к папке данных скопирован.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="82"/>
        <source>Не удалось открыть папку; путь можно скопировать.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="91"/>
        <source>Резервная копия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="101"/>
        <source>Выберите папку вне папки данных: копия должна храниться отдельно, лучше на флешке или другом диске.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="106"/>
        <source>Создаю резервную копию…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="111"/>
        <source>Резервная копия сохранена в файл «%1».
Она зашифрована: открыть её можно тем же паролем, что и профиль.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="118"/>
        <source>Копия не создана: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="126"/>
        <location filename="../../desktop/ui/data_box.py" line="178"/>
        <source>Восстановление из копии</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="128"/>
        <source>Дождитесь окончания обмена с сервером и повторите.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="135"/>
        <source>Все данные этого профиля будут заменены данными из резервной копии. Записи, внесённые после её создания, в профиле не останутся.

Текущий профиль не удаляется: он будет перенесён в отдельную папку рядом с папкой данных.

Понадобится пароль, который действовал, когда делалась копия. После восстановления программа попросит войти снова.

Продолжить?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="152"/>
        <source>Пароль, который действовал, когда делалась копия:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="160"/>
        <source>Проверяю копию…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="161"/>
        <source>Проверяю пароль копии…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="161"/>
        <source>Заменяю профиль…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="181"/>
        <source>Профиль восстановлен из файла «%1».
Прежние данные сохранены в папке «%2».

Войдите снова с паролем, который действовал, когда делалась копия.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="187"/>
        <source>Копия не восстановлена: %1
Текущий профиль не изменён.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="192"/>
        <source>Не удалось заменить профиль: %1
Текущий профиль на месте; войдите снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="197"/>
        <source>Не удалось заменить профиль: %1
Данные профиля сейчас в папке «%2»; не удаляйте её и обратитесь к специалисту.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="206"/>
        <source>пароль не подходит к этой копии.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="208"/>
        <source>файл не является резервной копией «Сводки» или повреждён.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/data_box.py" line="230"/>
        <source>Резервные копии «Сводки» (*%1);;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="222"/>
        <source>Демонстрационный профиль</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="225"/>
        <source>Вымышленные учреждения и несколько записей: можно пробовать всё, ничего не испортив. Пароль демо-профиля: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="230"/>
        <source>Запустить &amp;учебный сервер на этом компьютере, чтобы видеть обмен данными</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="233"/>
        <source>Сервер работает только для этого компьютера (адрес 127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="52"/>
        <source>— выберите —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="53"/>
        <source>— не указана —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="56"/>
        <source>подписаны &amp;ЭП</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="62"/>
        <source>&amp;Вид документа:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="63"/>
        <source>&amp;Куда отправлены:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="64"/>
        <source>&amp;Дата отправки:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="65"/>
        <source>&amp;Количество:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="67"/>
        <source>&amp;Статус:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="68"/>
        <source>&amp;Регистрационный номер:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="69"/>
        <source>При&amp;мечание:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="72"/>
        <source>отправлены</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="72"/>
        <source>зарегистрированы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="72"/>
        <source>отклонены</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="86"/>
        <source>Из чего получено: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="114"/>
        <source>В форме: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="118"/>
        <source>Исправлено вручную (%1); по фактам: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="126"/>
        <source>Форма отправлена: в ней значение на момент отправки, ниже — что дают факты сейчас.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="133"/>
        <source>Как считается: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="140"/>
        <source>Учтено подразделений: %1 из %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="147"/>
        <source>Сумма по подразделениям: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="153"/>
        <source>; %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="158"/>
        <source>Значение вносит сотрудник: в фактах учреждений его нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="164"/>
        <source>Подразделение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="165"/>
        <source>Учтено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="166"/>
        <source>В числителе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="167"/>
        <source>В знаменателе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="168"/>
        <source>Откуда</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="189"/>
        <source>Подразделений за этим числом нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="206"/>
        <source>Загружаю записи…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="53"/>
        <source>Связь с региональным сервером</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="56"/>
        <source>Адрес сервера и код подключения выдаёт районный или региональный администратор. Без них можно работать: записи сохранятся и уйдут позже.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="60"/>
        <source>Работать без связи, подключиться &amp;позже</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="61"/>
        <source>Подключиться к серверу &amp;сейчас</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="65"/>
        <source>код из письма или от администратора</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="66"/>
        <source>не обязательно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="76"/>
        <source>&amp;Выбрать…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="84"/>
        <source>&amp;Адрес сервера:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="85"/>
        <source>&amp;Код подключения:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="86"/>
        <source>&amp;Сертификат УЦ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="96"/>
        <source>Сертификат УЦ региона</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="96"/>
        <source>Сертификаты (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="118"/>
        <source>Подключаюсь к серверу…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="131"/>
        <source>Компьютер подключён к серверу.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/enrol_page.py" line="141"/>
        <source>Можно выбрать «подключиться позже».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactTable</name>
    <message>
        <location filename="../../desktop/ui/fact_table.py" line="43"/>
        <source>не указано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fact_table.py" line="45"/>
        <source>да</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fact_table.py" line="47"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="258"/>
        <source>Svodka — первый запуск</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="305"/>
        <source>Запускаю учебный сервер…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormHeader</name>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="237"/>
        <source>Предыдущий квартал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="238"/>
        <source>Следующий квартал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="252"/>
        <source>Квартал:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="297"/>
        <source>Есть несохранённые исправления.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="300"/>
        <source>Замечание региона: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPanel</name>
    <message>
        <location filename="../../desktop/ui/form_kit.py" line="147"/>
        <source>&amp;Записать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_kit.py" line="256"/>
        <source>Исправьте отмеченные поля</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_kit.py" line="271"/>
        <source>Записано. Изменение встало в очередь на отправку.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormTable</name>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="365"/>
        <source>Исправить значение…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="367"/>
        <source>Из чего получено…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="114"/>
        <source>Интернет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="115"/>
        <source>ЗСПД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="116"/>
        <source>СКЗИ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="117"/>
        <source>задержка, мс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="118"/>
        <source>источник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="119"/>
        <source>пользователь</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="120"/>
        <source>подразделений</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="121"/>
        <source>справочник</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="122"/>
        <source>версия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="123"/>
        <source>вымышленные данные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="124"/>
        <source>файл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="125"/>
        <source>сервер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="126"/>
        <source>компьютер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="130"/>
        <source>Время</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="131"/>
        <source>Кто</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="132"/>
        <source>Действие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="133"/>
        <source>Вид записи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="134"/>
        <source>Подразделение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="135"/>
        <source>Передача</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="136"/>
        <source>Подробности</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="139"/>
        <source>компьютер подключён к серверу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="142"/>
        <source>принят пакет для пересылки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="150"/>
        <source>да</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_model.py" line="151"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="97"/>
        <source>Поиск: действие, вид записи, подразделение, подробности (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="103"/>
        <source>Сохранить в CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="175"/>
        <source>Сохранить журнал в файл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="177"/>
        <source>Таблица CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="186"/>
        <source>№ записи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="188"/>
        <source>Сохраняю журнал в файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="188"/>
        <source>Отменить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="190"/>
        <source>Сохранение журнала</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="214"/>
        <source>Журнал изменений</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="223"/>
        <source>Журнал изменений: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="224"/>
        <source>Только «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="254"/>
        <source>Ничего не найдено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="257"/>
        <source>Показано %1 из %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="272"/>
        <source>Сохранено строк: %1, файл %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_view.py" line="284"/>
        <source>Сохранение отменено, файл не записан</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="92"/>
        <source>Сводка — учёт подключения ФАП/ФП</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148"/>
        <source>&amp;Данные</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157"/>
        <source>Действия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="305"/>
        <source>Обмен с сервером…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="305"/>
        <source>Отменить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="291"/>
        <location filename="../../desktop/ui/main_window.py" line="306"/>
        <source>Синхронизация</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125"/>
        <source>&amp;Синхронизировать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127"/>
        <source>&amp;Очередь отправки…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="129"/>
        <source>&amp;Конфликты…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="131"/>
        <source>&amp;История изменений…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134"/>
        <source>История &amp;выбранного учреждения…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137"/>
        <source>&amp;Квартальная форма МО…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139"/>
        <source>&amp;Файл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="141"/>
        <source>&amp;Настройки…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="144"/>
        <source>За&amp;блокировать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>В&amp;ыход</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155"/>
        <source>&amp;Отчёты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="236"/>
        <source>Выберите учреждение слева</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>Выберите слева МО или её подразделение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="279"/>
        <location filename="../../desktop/ui/main_window.py" line="302"/>
        <source>Отправка изменений</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="279"/>
        <location filename="../../desktop/ui/main_window.py" line="302"/>
        <source>Приём данных</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="28"/>
        <source>Поиск по названию или коду</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="31"/>
        <source>Все типы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="33"/>
        <source>МО</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="34"/>
        <source>ТВСП</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="35"/>
        <source>ФАП</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="36"/>
        <source>ФП</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="62"/>
        <source>Все районы</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageForm</name>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="113"/>
        <source>Связь &amp;восстановлена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="118"/>
        <source>например, обрыв линии, нет электричества</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="120"/>
        <source>&amp;Начало перерыва:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="122"/>
        <source>&amp;Конец перерыва:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="123"/>
        <source>П&amp;ричина:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connection_form.py" line="124"/>
        <source>При&amp;мечание:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageTimeline</name>
    <message>
        <location filename="../../desktop/ui/timeline.py" line="63"/>
        <source>За %1 дней: перерывов %2, без связи %3 ч</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="64"/>
        <source>Очередь отправки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="73"/>
        <source>Здесь все изменения, записанные на этом компьютере, и где они сейчас. «Не принято сервером» значит: сервер получил изменение, но не принял его — в записи ошибка. На этом компьютере запись сохранена. Откройте её (двойной щелчок или Enter), исправьте, и исправление уйдёт на сервер при следующей синхронизации.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="90"/>
        <source>Все</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="91"/>
        <source>В очереди</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="92"/>
        <source>Отправлено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="93"/>
        <source>Принято сервером</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="94"/>
        <source>Не принято</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="98"/>
        <source>Обновить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="101"/>
        <source>Показать:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="108"/>
        <source>Показать ещё</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="110"/>
        <location filename="../../desktop/ui/outbox_view.py" line="155"/>
        <source>Скопировать причину</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="139"/>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="140"/>
        <source>Записано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="141"/>
        <source>Что</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="142"/>
        <source>Учреждение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="143"/>
        <source>Состояние</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="144"/>
        <source>Причина (от сервера)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="207"/>
        <source>%1; исправлено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="240"/>
        <source>Исправление этой записи уже в очереди</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="242"/>
        <source>Откройте запись и исправьте её</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="248"/>
        <source>В очереди: %1 · отправлено: %2 · принято сервером: %3 · не принято: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="254"/>
        <source>показано: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="260"/>
        <source>⚠ Не принято сервером: %1 — откройте каждую такую запись и исправьте её.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="278"/>
        <source>№ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="286"/>
        <source>Причина: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="333"/>
        <source>Значение строки %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="338"/>
        <source>Значение вносит сотрудник: в фактах учреждений его нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="340"/>
        <source>По фактам: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="344"/>
        <source>число, например 12,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="347"/>
        <source>Откуда взято значение или почему расчёт неверен (обязательно)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="357"/>
        <source>Новое значение (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="359"/>
        <source>Причина:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="362"/>
        <source>Записать в форму</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="364"/>
        <source>Вернуть расчёт по фактам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="367"/>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="384"/>
        <source>Введите число, например 12,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="386"/>
        <source>Значение не может быть меньше нуля.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="388"/>
        <source>Напишите причину: без неё исправление не сохранить.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="86"/>
        <source>Пароль профиля</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="89"/>
        <source>Без пароля данные не прочитать никому. Не меньше %1 знаков; лучше фраза из нескольких слов.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="102"/>
        <source>Имя пользователя:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="103"/>
        <source>Пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="104"/>
        <source>Пароль ещё раз:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="110"/>
        <source>Слишком короткий пароль</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="111"/>
        <source>Слабый пароль: добавьте слов или знаков</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="112"/>
        <source>Пароль средней надёжности</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="113"/>
        <source>Надёжный пароль</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="118"/>
        <source>Пароли не совпадают</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="139"/>
        <source>Создаю зашифрованный профиль…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="379"/>
        <source>Ошибки в форме: отправить её нельзя, пока они есть</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="107"/>
        <source>Выберите строку формы, чтобы увидеть её динамику.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="146"/>
        <source>Ни за один из этих кварталов нет данных.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="160"/>
        <source>значение формы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="162"/>
        <source>из отправленной формы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="164"/>
        <source>план: путь к цели года</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="166"/>
        <source>цель на год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="169"/>
        <source>цели паспорта даны по региону: для МО не сравниваются</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarterlyModel</name>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="91"/>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="92"/>
        <source>Показатель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="93"/>
        <source>Строка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="94"/>
        <source>Значение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="95"/>
        <source>По фактам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="96"/>
        <source>Цель на год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="97"/>
        <source>Состояние</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="177"/>
        <source>Единица: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="180"/>
        <source>Как считается: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="184"/>
        <source>Исправлено вручную: %1 (по фактам %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_model.py" line="190"/>
        <source>По фактам: %1 из %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarterlyWindow</name>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="81"/>
        <source>Сохранить черновик</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="82"/>
        <source>Отправить в регион…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="83"/>
        <source>Квитанция</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="84"/>
        <source>Экспорт XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="85"/>
        <source>Экспорт PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="86"/>
        <source>Обновить из фактов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="90"/>
        <source>Квартальная форма</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="170"/>
        <location filename="../../desktop/ui/quarterly_view.py" line="267"/>
        <source>Считаю показатели…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="181"/>
        <source>Показатели региона ещё не получены: они приходят с сервера при синхронизации.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="214"/>
        <source>Квартальная форма: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="236"/>
        <source>Форма уже отправлена в регион.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="239"/>
        <source>Сначала исправьте ошибки: их список под таблицей.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="242"/>
        <source>Отправить форму в регион на проверку.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="245"/>
        <source>Квитанция появится после отправки формы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="274"/>
        <source>Несохранённые исправления</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="275"/>
        <source>Исправления в форме не сохранены и будут потеряны. Продолжить?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="298"/>
        <source>Форма отправлена в регион: изменить её значения нельзя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="319"/>
        <source>Черновик сохранён. Изменение встало в очередь на отправку.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="334"/>
        <source>Форма отправлена. Она уйдёт на сервер при ближайшей синхронизации.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="339"/>
        <source>Отправить форму в регион</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="341"/>
        <source>Отправить форму за %1 в регион? После отправки её нельзя изменить, пока регион не вернёт её на доработку.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="362"/>
        <source>Книга Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="362"/>
        <source>Документ PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="364"/>
        <source>Сохранить форму в файл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quarterly_view.py" line="383"/>
        <source>Форма сохранена в файл %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="239"/>
        <source>КВИТАНЦИЯ о представлении квартальной формы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="241"/>
        <source>Организация: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="244"/>
        <source>Квартал: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="247"/>
        <source>Отправлена: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="250"/>
        <source>Состояние: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="254"/>
        <source>Показатели:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="259"/>
        <source>Контрольная сумма: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="260"/>
        <source>Доставка на сервер: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="261"/>
        <source>Компьютер: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="262"/>
        <source>не подключён к серверу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="267"/>
        <source>Проверена регионом: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="273"/>
        <source>Замечание региона: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="289"/>
        <source>исправлено вручную: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="304"/>
        <source>изменение № %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="316"/>
        <source>Квитанция об отправке формы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drill_down.py" line="323"/>
        <source>Копировать</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="156"/>
        <source>Ключ восстановления</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="159"/>
        <source>Если пароль забудут, профиль откроется только этим ключом. Он показан один раз: сохраните его в файл или распечатайте и храните отдельно от компьютера.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="170"/>
        <source>Сохранить в &amp;файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="172"/>
        <source>&amp;Распечатать…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="174"/>
        <source>Я сохранил(а) ключ восстановления в надёжном месте</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="213"/>
        <source>Сохранить ключ восстановления</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="197"/>
        <source>Ключ восстановления профиля «Сводка»: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="25"/>
        <source>новая</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="26"/>
        <source>черновик</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="27"/>
        <source>отправлена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="28"/>
        <source>принята</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="29"/>
        <source>возвращена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="37"/>
        <source>Форма ещё не сохранялась: значения посчитаны по записанным фактам.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="41"/>
        <source>Черновик: значения можно исправить, затем отправить форму в регион.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="45"/>
        <source>Отправлена %1, ждёт проверки региона. Изменить нельзя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="49"/>
        <source>Принята регионом %1. Изменить нельзя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="53"/>
        <source>Возвращена на доработку %1. Исправьте и отправьте снова.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="62"/>
        <source>отстаёт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="63"/>
        <source>в графике</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="64"/>
        <source>цель достигнута</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="65"/>
        <source>без цели</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="66"/>
        <location filename="../../desktop/ui/report_words.py" line="289"/>
        <location filename="../../desktop/ui/report_words.py" line="303"/>
        <source>нет данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="74"/>
        <source>ТВСП МО</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="75"/>
        <source>ФАП и ФП</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="96"/>
        <source>%1 К%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="104"/>
        <source>К%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="110"/>
        <source>%1 кв. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="165"/>
        <source>%1 по региону</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="169"/>
        <source>(%1 г.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="188"/>
        <source>Паспорт задаёт цели до %1 г.: в %2 г. цель %1 г. действует там, где в столбце «Цель на год» год указан в скобках.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="194"/>
        <source>Паспорт задаёт цели до %1 г.: в %2 г. цель %1 г. действует.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="204"/>
        <source>В паспорте нет цели для этой строки.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="206"/>
        <source>Цель на %1 г. по паспорту.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="212"/>
        <source>Паспорт задаёт цели до %1 г.; в %2 г. действует последняя из них.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="220"/>
        <source>Доля: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="226"/>
        <source>Число по региону: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="232"/>
        <source>По плану к концу квартала: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="248"/>
        <source>Строка %1: значение меньше нуля.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="250"/>
        <source>Строка %1: доля больше 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="252"/>
        <source>Строка %1: больше, чем подходящих подразделений в реестре (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="256"/>
        <source>Строка %1: обеспеченных АРМ больше, чем медработников, которым АРМ нужен (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="261"/>
        <source>Строка %1: таких АРМ больше, чем всего АРМ в строке %3 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="265"/>
        <source>Строка %1: ошибка «%4».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="285"/>
        <source>выполняет условие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="286"/>
        <source>не выполняет условие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="287"/>
        <source>по счёту АРМ за квартал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="288"/>
        <source>по перечню АРМ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="294"/>
        <source>перенесено с квартала %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="305"/>
        <source>не входит в расчёт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="307"/>
        <source>не учтено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="308"/>
        <source>учтено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="314"/>
        <source>не указано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="316"/>
        <source>да</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="318"/>
        <location filename="../../desktop/ui/report_words.py" line="367"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="338"/>
        <source>запись не найдена (удалена или ещё не пришла)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="345"/>
        <source>Интернет есть (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="349"/>
        <source>Интернета нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="352"/>
        <source>%1; ЗСПД: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="361"/>
        <source>АРМ инв. № %1: МИС — %2, ЗСПД — %3, аттестат — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="370"/>
        <source>, кабинет %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="376"/>
        <source>отправлены</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="377"/>
        <source>зарегистрированы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="380"/>
        <source>%1, %2: %3 → %4, %5 шт., %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="388"/>
        <source>отклонены</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="393"/>
        <source>%1 «%2»: %3 с %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="404"/>
        <source>всего %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="405"/>
        <source>в МИС %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="406"/>
        <source>в ЗСПД %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="410"/>
        <source>с аттестатом %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="416"/>
        <source>нуждаются в АРМ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="422"/>
        <source>обеспечены АРМ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_words.py" line="427"/>
        <source>Счёт АРМ за %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowPanel</name>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="235"/>
        <source>Исправить…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="236"/>
        <source>Исправить значение строки (Enter или двойной щелчок)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="237"/>
        <source>Из чего получено…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="256"/>
        <source>Выберите строку формы, чтобы увидеть её динамику.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="265"/>
        <source>Считаю, как менялся показатель…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="300"/>
        <source>Значение внесено вручную: %1. Откуда: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_chart.py" line="305"/>
        <source>Значение исправлено вручную: %1 (по фактам %2). Причина: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../../desktop/ui/scan_viewer.py" line="37"/>
        <source>Скан: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_viewer.py" line="46"/>
        <source>Сохранить &amp;копию…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanPicker</name>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="178"/>
        <location filename="../../desktop/ui/paper_forms.py" line="200"/>
        <source>файл не выбран</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="180"/>
        <location filename="../../desktop/ui/paper_forms.py" line="202"/>
        <source>&amp;Выбрать файл…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="181"/>
        <source>Убрать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="193"/>
        <source>Скан акта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="193"/>
        <source>Сканы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="202"/>
        <source>&amp;Другой файл…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <location filename="../../desktop/ui/scan_viewer.py" line="59"/>
        <source>Сохранить копию скана</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_viewer.py" line="71"/>
        <location filename="../../desktop/ui/scan_viewer.py" line="88"/>
        <location filename="../../desktop/ui/scan_viewer.py" line="108"/>
        <source>Скан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_viewer.py" line="72"/>
        <source>Копия сохранена: %1
Она не зашифрована — удалите её, когда она не нужна.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_viewer.py" line="89"/>
        <source>Файл «%1» нельзя показать в программе. Сохранить его копию, чтобы открыть в другой программе? Копия не будет зашифрована.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="61"/>
        <source>Настройки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="66"/>
        <source>Загружаю настройки…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="74"/>
        <source>не задан — сертификаты системы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="75"/>
        <source>&amp;Выбрать…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="76"/>
        <source>Без &amp;файла</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="79"/>
        <source> с</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="82"/>
        <source> мин</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="83"/>
        <source>никогда</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="100"/>
        <source>Связь с сервером</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="101"/>
        <source>&amp;Адрес сервера:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="103"/>
        <source>Сертификат &amp;УЦ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="104"/>
        <source>&amp;Проверять связь каждые:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="106"/>
        <source>Работа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="107"/>
        <source>&amp;Блокировать через:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="108"/>
        <source>&amp;Язык:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="169"/>
        <source>Такого файла нет: укажите файл сертификата УЦ (.pem, .crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="185"/>
        <source>Язык сменится после перезапуска программы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="192"/>
        <source>Файл сертификата УЦ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="194"/>
        <source>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="206"/>
        <source>Сохраняю…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCard</name>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="45"/>
        <source>%1 кв. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="52"/>
        <source>Выберите учреждение слева</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="57"/>
        <source>Интернет:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="58"/>
        <source>ЗСПД:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="59"/>
        <source>АРМ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="60"/>
        <source>Код:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="69"/>
        <location filename="../../desktop/ui/status_card.py" line="70"/>
        <source>нет сведений</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="75"/>
        <source>есть (%1), на %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="78"/>
        <source>нет, на %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="79"/>
        <source>подключено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="79"/>
        <source>не подключено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="82"/>
        <source>за %1 не внесены</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_card.py" line="86"/>
        <source>за %1: всего %2, в МИС %3, в ЗСПД %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubsystemForm</name>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="111"/>
        <source>— выберите —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="112"/>
        <source>&amp;применяется в этом подразделении</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="118"/>
        <source>&amp;Подсистема:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="120"/>
        <source>&amp;Этап:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="121"/>
        <source>&amp;С какого числа:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="122"/>
        <source>Подтверждающий &amp;акт:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="123"/>
        <source>При&amp;мечание:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_forms.py" line="134"/>
        <source>— без акта —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../desktop/ui/sync_bar.py" line="52"/>
        <source>В очереди: %1 · не принято: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_bar.py" line="57"/>
        <source>Конфликтов: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_bar.py" line="71"/>
        <source>Последняя синхронизация: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_bar.py" line="76"/>
        <source>Синхронизации ещё не было</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="26"/>
        <source>состояние связи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="27"/>
        <source>перерыв связи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="28"/>
        <source>число АРМ за квартал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="29"/>
        <source>рабочее место (АРМ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="30"/>
        <source>переданные документы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="31"/>
        <source>подключение к подсистеме</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="34"/>
        <source>подтверждающий акт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="35"/>
        <source>квартальная форма</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="42"/>
        <source>новая запись</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="43"/>
        <source>исправление</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="44"/>
        <source>удаление</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="59"/>
        <source>подключено к МИС</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="60"/>
        <source>подключено к ЗСПД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="61"/>
        <source>подсистема применяется</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="62"/>
        <source>подписано ЭП</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="63"/>
        <source>время изменения</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="84"/>
        <source>%1: значение не принято (сервер: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="94"/>
        <source>пусто</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="97"/>
        <source>да</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="99"/>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="113"/>
        <source>компьютер неизвестен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="115"/>
        <source>этот компьютер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="116"/>
        <source>другой компьютер · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="131"/>
        <source>%1 дн.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="137"/>
        <source>%1 ч</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="139"/>
        <source>%1 ч %2 мин</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="143"/>
        <source>%1 мин</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="155"/>
        <source>Часы компьютера отстают на %1 — проверьте время и дату</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="159"/>
        <source>Часы компьютера спешат на %1 — проверьте время и дату</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="168"/>
        <source>Компьютер не подключён к серверу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="170"/>
        <source>Связь с сервером проверяется…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="172"/>
        <source>Нет связи с сервером — изменения сохранены и уйдут позже</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="176"/>
        <source>Связь с сервером есть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_words.py" line="177"/>
        <source>Связь с сервером есть (%1 мс)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <location filename="../../desktop/ui/table_csv.py" line="67"/>
        <source>Сохранить таблицу в CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_csv.py" line="79"/>
        <source>Сохранить таблицу в CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_csv.py" line="81"/>
        <source>Таблица CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_csv.py" line="91"/>
        <source>Таблица не сохранена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_csv.py" line="92"/>
        <source>Не удалось записать файл: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitForms</name>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="111"/>
        <source>Когда</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="112"/>
        <source>Интернет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="113"/>
        <source>Канал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="114"/>
        <location filename="../../desktop/ui/unit_forms.py" line="158"/>
        <source>ЗСПД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="115"/>
        <source>Кто отметил</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="116"/>
        <source>Примечание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="122"/>
        <source>Начало</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="123"/>
        <source>Конец</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="123"/>
        <source>идёт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="124"/>
        <source>Причина</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="129"/>
        <source>Состояние связи сейчас</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="130"/>
        <source>Перерыв связи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="131"/>
        <source>Связь за 90 дней</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="132"/>
        <source>&amp;Связь</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="136"/>
        <source>проверка связи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="137"/>
        <source>вручную</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="145"/>
        <source>Квартал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="146"/>
        <source>Всего</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="147"/>
        <source>В МИС</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="148"/>
        <source>В ЗСПД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="149"/>
        <source>С аттестатом</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="155"/>
        <source>Инв. номер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="156"/>
        <source>Кабинет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="157"/>
        <source>МИС</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="159"/>
        <source>Списан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="165"/>
        <source>АРМ за квартал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="166"/>
        <source>Рабочее место (АРМ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="167"/>
        <source>Внесённые количества и инвентарь</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="168"/>
        <source>&amp;АРМ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="176"/>
        <location filename="../../desktop/ui/unit_forms.py" line="210"/>
        <source>Дата</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="177"/>
        <location filename="../../desktop/ui/unit_forms.py" line="211"/>
        <source>Вид</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="178"/>
        <source>Кол-во</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="179"/>
        <source>Куда</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="180"/>
        <source>Статус</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="183"/>
        <source>Отправленные документы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="184"/>
        <source>Записи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="184"/>
        <source>&amp;Документы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="192"/>
        <source>Подсистема</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="193"/>
        <source>Применяется</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="195"/>
        <source>Этап</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="195"/>
        <source>нет записи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="197"/>
        <source>С какого числа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="201"/>
        <source>Подключение к подсистеме</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="202"/>
        <source>Матрица подсистем</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="203"/>
        <source>&amp;Подсистемы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="212"/>
        <source>Номер</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="213"/>
        <source>Скан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="213"/>
        <source>есть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="216"/>
        <source>&amp;Открыть скан выбранного акта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="218"/>
        <source>Подтверждающий акт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="219"/>
        <source>Акты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="220"/>
        <source>Ак&amp;ты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="275"/>
        <source>Выберите акт в списке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_forms.py" line="279"/>
        <source>У этого акта нет скана</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="45"/>
        <source>Svodka — вход</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="56"/>
        <source>Войти</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="59"/>
        <source>Забыли пароль?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="73"/>
        <source>Пользователь:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="74"/>
        <source>Пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="75"/>
        <source>Папка данных: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="96"/>
        <source>Ключ восстановления</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="97"/>
        <source>Введите ключ восстановления, выданный при создании профиля:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="129"/>
        <source>Попробуйте ещё раз.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/unlock.py" line="135"/>
        <source>Неверный пароль. Следующая попытка через %n с.</source>
        <translation>
            <numerusform>Неверный пароль. Следующая попытка через %n секунду.</numerusform>
            <numerusform>Неверный пароль. Следующая попытка через %n секунды.</numerusform>
            <numerusform>Неверный пароль. Следующая попытка через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unlock.py" line="142"/>
        <source>Проверяю пароль…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkstationForm</name>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="114"/>
        <source>работает в &amp;МИС</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="115"/>
        <source>подключён к &amp;ЗСПД</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="118"/>
        <source>&amp;Инвентарный номер:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="119"/>
        <source>&amp;Кабинет:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="120"/>
        <source>&amp;Операционная система:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="123"/>
        <source>&amp;Аттестат:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="124"/>
        <source>&amp;Введён в работу:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="125"/>
        <source>&amp;Списан:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/arm_form.py" line="126"/>
        <source>При&amp;мечание:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
