"""Traditional → simplified characters for documents mirrored in 繁體 (common characters of government text).

Not a full converter: it covers the characters of unit names, headings and responsibility clauses so a
traditional-character page parses like its simplified original. Conversion is applied only when the text
is clearly traditional (several characters outside GB2312 that this table knows).
"""

from __future__ import annotations

_PAIRS = (
    "們们價价億亿別别創创劃划動动勵励區区參参單单國国執执場场實实對对屬属強强徹彻戶户撐撑據据會会業业機机決决濟济為为營营"
    "牽牵獎奖獨独現现產产發发籌筹級级結结給给統统經经縣县續续聯联臺台與与興兴萬万處处號号術术補补計计設设評评認认請请議议"
    "財财貫贯責责質质辦办進进錨锚鍵键鎮镇鏈链門门開开關关際际預预頭头驗验體体點点環环銀银鄉乡農农區区鐵铁運运輸输電电網网"
    "絡络數数據据資资訊讯庫库廳厅局局員员職职務务專专項项監监營营衛卫極极線线標标準准鄰邻讓让應应導导廣广長长們们險险壓压"
    "態态樣样條条龍龙層层歷历爭争優优勢势億亿積积極极級级將将來来時时間间問问題题說说話话這这個个會会後后從从還还過过邊边"
    "達达遠远選选億亿總总與与當当無无觀观點点擔担護护權权歸归變变樂乐雙双協协調调諧谐鬥斗頭头顯显類类風风飛飞馬马魚鱼鳥鸟"
    "廠厂倉仓儲储備备傳传僅仅億亿優优價价蘭兰禮礼禦御幫帮幣币師师帶带廢废彈弹徵征懷怀戰战擴扩據据損损換换擊击攜携數数斷断"
    "書书歲岁殘残氣气漢汉淨净滬沪滿满漁渔潔洁澤泽燈灯爐炉犧牺獲获環环療疗盡尽盤盘確确礎础禮礼稅税穩稳競竞築筑範范簡简糧粮"
    "紀纪約约紅红純纯紙纸級级細细組组織织終终絲丝綠绿維维綜综緊紧緒绪線线練练縮缩績绩繁繁纖纤罰罚聖圣聞闻聲声膽胆興兴舉举"
    "艦舰藝艺莊庄華华藥药蘇苏規规視视親亲覽览訂订記记講讲許许設设訴诉診诊證证詢询試试詳详誌志語语誤误課课調调談谈論论諸诸"
    "謀谋講讲識识警警譯译護护讀读變变豐丰貝贝負负貢贡貨货販贩貧贫購购貸贷費费資资賓宾賴赖賽赛贊赞趕赶車车軌轨軍军軟软較较"
    "載载輔辅輕轻輪轮轉转辦办農农迴回遊游運运過过達达遠远適适遲迟遷迁選选遺遗還还邊边郵邮鄉乡醫医釋释針针鋼钢錄录錯错鍋锅鎖锁"
    "鏡镜長长閉闭開开閒闲閣阁闊阔闡阐陣阵陰阴陳陈陸陆陽阳隊队階阶際际隨随險险隱隐雖虽雞鸡離离難难電电霧雾靈灵韓韩頁页頂顶項项"
    "順顺須须預预領领頻频顆颗額额顧顾顏颜願愿類类飯饭飲饮館馆駐驻騰腾驗验體体髮发鬆松麗丽齊齐齡龄壽寿夠够奪夺奮奋婦妇孫孙"
    "學学寧宁寶宝審审寫写將将尋寻導导層层屆届岡冈島岛嶺岭巖岩幹干庫库廳厅張张彌弥彎弯徑径從从復复徹彻恆恒惡恶愛爱態态慣惯"
    "慮虑慶庆憂忧應应戲戏扱扱損损搖摇摺折撥拨擁拥擔担據据擬拟擴扩攝摄敗败敵敌斂敛於于曆历曉晓暢畅構构樓楼樹树樞枢橋桥機机"
    "檢检櫃柜權权歐欧歸归殼壳毀毁氫氢決决沒没況况淺浅測测湧涌溝沟滅灭漲涨潛潜濕湿灣湾災灾煙烟熱热營营爾尔牆墙狀状猶犹獄狱"
    "獻献產产畝亩畢毕異异當当瘋疯療疗發发盜盗睜睁硃朱碼码磚砖礙碍禍祸禪禅秈籼稱称稻稻窮穷竊窃筆笔節节範范築筑籃篮粵粤緣缘"
    "縱纵總总繩绳繪绘繼继續续罷罢羅罗義义習习聯联聰聪肅肃腦脑脫脱臟脏臨临與与艙舱蓋盖蘋苹虛虚號号蟲虫蠶蚕衆众補补裝装製制"
    "複复襲袭覆覆見见觀观觸触訪访評评詞词詩诗認认誠诚誰谁請请諾诺謝谢豬猪貓猫貿贸賀贺賃赁賞赏賠赔質质趨趋跡迹踐践躍跃躉趸"
    "軸轴輛辆輯辑轄辖辭辞遞递遙遥遜逊郵邮鄭郑鄰邻釘钉鈴铃銷销鋪铺鍛锻鐘钟鑒鉴鑰钥門门閥阀閱阅闆板闖闯隸隶雜杂雲云霸霸靜静"
    "響响頒颁頓顿頗颇頰颊頸颈頻频顯显颱台颶飓飄飘餘余餐餐饑饥駕驾騎骑驅驱驚惊骯肮髒脏鬧闹魯鲁鮮鲜鳳凤鴻鸿鷹鹰鹽盐麥麦黃黄"
    "點点黨党齒齿龐庞龜龟佈布併并來来倆俩個个倫伦偉伟側侧偵侦備备傢家債债傷伤傾倾僑侨價价儀仪億亿儘尽兒儿兩两冊册凍冻凱凯"
    "劇剧劑剂勞劳勝胜勢势勻匀匯汇區区協协卻却厲厉參参叢丛吳吴啟启喚唤單单嘗尝噸吨嚴严圍围園园圓圆圖图團团執执堅坚報报場场塊块"
    "塗涂塵尘墊垫壞坏壩坝壯壮夢梦奧奥娛娱嬰婴孿孪寬宽實实寵宠對对屬属屢屡嶄崭巔巅帥帅師师幟帜廚厨廟庙廠厂彙汇彥彦徠徕懇恳"
    "懲惩戀恋戶户挾挟捨舍掃扫掛挂揚扬換换揮挥擇择擊击擠挤擬拟擾扰攔拦斃毙會会東东條条桿杆棄弃椏桠業业極极榮荣槍枪標标樣样"
    "歎叹毆殴氣气沖冲漿浆潑泼濃浓濟济濤涛濫滥瀏浏灑洒烏乌無无煉炼燒烧燭烛爭争牠它猛猛獅狮獵猎瑪玛環环瓊琼畫画瘡疮癢痒皚皑"
    "盃杯盞盏盡尽監监礦矿祕秘稜棱穀谷窯窑竅窍筍笋箋笺簽签糾纠紐纽級级紛纷紹绍絕绝絡络給给統统絲丝綁绑網网緝缉編编緯纬縣县"
    "縫缝繞绕罈坛罵骂羨羡聳耸聽听脅胁脹胀膚肤臉脸艱艰莖茎萊莱萬万葉叶葦苇蔣蒋薦荐薩萨藍蓝蘆芦處处蝦虾衝冲裏里褲裤襪袜覺觉"
    "計计訊讯託托訓训討讨訟讼訣诀詐诈該该詳详誇夸誕诞誘诱說说誰谁諒谅諮谘謊谎謠谣譜谱譴谴豎竖貝贝貞贞負负財财貪贪貫贯責责"
    "貯贮貼贴賄贿資资賊贼賤贱賦赋贈赠贏赢趙赵軋轧軒轩軟软転转輝辉輩辈轎轿辦办農农這这連连週周進进遊游運运遍遍達达違违"
    "適适鄧邓醜丑鈔钞鉤钩鉛铅銀银銅铜銘铭鋁铝鋒锋鋸锯錢钱錦锦鍵键鎮镇鏈链鐵铁鑄铸閃闪閑闲闆板闢辟阿阿陝陕陣阵隴陇雙双雛雏"
    "雞鸡電电霑沾靂雳韌韧韻韵頁页頌颂頑顽頒颁頭头頰颊題题顛颠飼饲餅饼餵喂饒饶饞馋駁驳駛驶駭骇騙骗騷骚驢驴驟骤骯肮"
)
_MAP = {_PAIRS[k]: _PAIRS[k + 1] for k in range(0, len(_PAIRS) - 1, 2) if _PAIRS[k] != _PAIRS[k + 1]}
_TABLE = str.maketrans(_MAP)
# Characters that are traditional-only (not in GB2312), used to decide that a text is in 繁體.
_ONLY_TRADITIONAL = set()
for _ch in _MAP:
    try:
        _ch.encode("gb2312")
    except UnicodeEncodeError:
        _ONLY_TRADITIONAL.add(_ch)


def to_simplified(text: str) -> tuple[str, bool]:
    """(text in simplified characters, whether it was converted). Simplified text is returned unchanged."""
    count = sum(1 for ch in text if ch in _ONLY_TRADITIONAL)
    if count < 5 or count < len(text) / 200:
        return text, False
    return text.translate(_TABLE), True


def simplify_blocks(blocks: list) -> tuple[list, bool]:
    """Word blocks with their text converted when the document as a whole is traditional."""
    from jxplan.importer.blocks import Para

    sample = "".join(b.text if isinstance(b, Para) else "".join("".join(r) for r in b.rows) for b in blocks)
    if not to_simplified(sample)[1]:
        return blocks, False
    for block in blocks:
        if isinstance(block, Para):
            block.text = block.text.translate(_TABLE)
        else:
            block.rows = [[cell.translate(_TABLE) for cell in row] for row in block.rows]
    return blocks, True
