A = []
A.append(dict(lang='ru', title='В Архангельске отремонтируют набережную Северной Двины',
lead='Власти Архангельска объявили конкурс на ремонт двухкилометрового участка набережной Северной Двины. Работы начнутся весной и продлятся два сезона.',
body=['Проект предусматривает замену покрытия, новое освещение и велодорожку вдоль реки. Стоимость работ оценивается почти в 600 млн рублей.',
'Горожане давно жаловались на разрушенные ступени и провалы плитки. В прошлом году на набережной несколько раз проходили субботники, но серьезного ремонта не было больше двадцати лет.',
'«Мы хотим, чтобы набережная снова стала главным местом прогулок», — сказал глава города на встрече с жителями.',
'Во время работ часть набережной будет закрыта, но проход к речному вокзалу сохранят.']))
A.append(dict(lang='ru', title='Школьники Томска стали призерами олимпиады по робототехнике',
lead='Команда томских школьников заняла второе место на всероссийской олимпиаде по робототехнике. Ребята собрали робота, который сортирует мусор по видам.',
body=['В финале соревновались 48 команд из 30 регионов. Томичи уступили только команде из Казани.',
'Робот распознает пластик, стекло и бумагу с помощью камеры и раскладывает отходы по контейнерам. На подготовку у школьников ушло полгода.',
'Руководитель кружка рассказал, что ребята собираются доработать проект и представить его на международном конкурсе летом.']))
A.append(dict(lang='ru', title='В Самаре ограничат движение на мосту через Самарку',
lead='С понедельника в Самаре на две недели ограничат движение по мосту через реку Самарку. Дорожники заменят деформационные швы.',
body=['Движение будет организовано по одной полосе в каждом направлении. Грузовикам массой более 12 тонн проезд закроют полностью.',
'В мэрии советуют водителям заранее планировать маршрут и по возможности пользоваться объездом через Южный мост.',
'Общественный транспорт будет ходить по прежним маршрутам, но интервалы в час пик могут увеличиться.']))
A.append(dict(lang='ru', title='Ученые назвали причину раннего цветения мать-и-мачехи',
lead='Ботаники из Ботанического сада МГУ объяснили, почему мать-и-мачеха в этом году зацвела в Подмосковье уже в декабре. Причина — аномально теплая осень.',
body=['По словам специалистов, растение реагирует на длительную оттепель так же, как на весну. Почки, заложенные для цветения в апреле, раскрываются раньше времени.',
'Опасности для растения в этом нет, однако цветки погибнут при первых морозах, и весной мать-и-мачеха зацветет позднее обычного.',
'Похожие случаи фиксировали и раньше, но так массово — впервые за последние пятнадцать лет.']))
A.append(dict(lang='pl', title='Nowe boisko przy szkole w Lesznie. Uczniowie zagrają jeszcze przed feriami',
lead='Przy Szkole Podstawowej nr 4 w Lesznie zakończyła się budowa wielofunkcyjnego boiska ze sztuczną nawierzchnią. Obiekt kosztował 1,8 mln zł.',
body=['Boisko ma wymiary 60 na 40 metrów, jest oświetlone i ogrodzone. Po lekcjach będzie dostępne dla mieszkańców osiedla.',
'- Dzieci czekały na to od kilku lat. Do tej pory zajęcia wychowania fizycznego odbywały się na asfaltowym placu - mówi dyrektorka szkoły.',
'Miasto zapowiada, że w przyszłym roku podobne boiska powstaną przy dwóch kolejnych szkołach.']))
A.append(dict(lang='pl', title='Gmina dopłaci do wymiany starych pieców. Rusza nabór wniosków',
lead='Mieszkańcy gminy Zabierzów mogą od poniedziałku składać wnioski o dofinansowanie wymiany starych pieców węglowych. Dotacja wyniesie do 10 tys. zł.',
body=['Pieniądze można przeznaczyć na pompę ciepła, kocioł gazowy lub podłączenie do sieci ciepłowniczej. W budżecie gminy zarezerwowano na ten cel 2 mln zł.',
'Urzędnicy przypominają, że od przyszłego roku w całym województwie obowiązywać będzie zakaz używania najstarszych kotłów.',
'Wnioski przyjmuje urząd gminy w godzinach pracy. Można je też złożyć przez internet.']))
A.append(dict(lang='pl', title='Nocna prohibicja w Gdyni. Radni przyjęli uchwałę',
lead='Od marca w Gdyni nie kupimy alkoholu w sklepach między godziną 22 a 6. Taką uchwałę przyjęła rada miasta.',
body=['Zakaz nie obejmie restauracji i barów. Dotyczy wyłącznie sprzedaży alkoholu na wynos.',
'Za uchwałą opowiedziała się zdecydowana większość radnych. Jej zwolennicy powołują się na dane policji, według których po godzinie 22 dochodzi do większości interwencji związanych z zakłócaniem ciszy nocnej.',
'Przedsiębiorcy obawiają się spadku obrotów. Część właścicieli sklepów zapowiada skargę do wojewody.']))
