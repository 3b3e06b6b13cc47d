from catalog.text.detokenize import detokenize, detokenize_line, looks_tokenized


def test_quotes_clitics_and_dollars():
    line = "PUBLICATION NOTES : ` STALIN 'S SPY ' Richard Sorge By Robert Whymant Illustrated . $ 25.95"
    assert detokenize_line(line) == (
        "PUBLICATION NOTES: 'STALIN'S SPY' Richard Sorge By Robert Whymant Illustrated. $25.95")


def test_brackets_double_quotes_and_hyphens():
    line = "`` Stalin 's Spy , '' he said -LRB- with Eta Harich - Schneider -RRB- , a pro- Soviet spy ."
    assert detokenize_line(line) == "\"Stalin's Spy,\" he said (with Eta Harich-Schneider), a pro-Soviet spy."


def test_plain_text_is_left_alone():
    text = "KAFKA ON THE SHORE By Haruki Murakami. 436 pp. Alfred A. Knopf. $25.95."
    assert not looks_tokenized(text)
    assert detokenize(text) == text


def test_tokenized_text_is_recognized():
    assert looks_tokenized("It was good , he said , and it is n't over .")
