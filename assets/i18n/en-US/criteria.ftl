# Criterion names and the feedback the scorer gives. Every message says what was found or
# missing and why it matters. $found is a quotation from the trainee's reply.

crit-acknowledge = Acknowledges the issue
crit-apology = Apology
crit-empathy = Empathy
crit-move-to-private = Moves to a private channel
crit-asks-details = Asks for the details needed
crit-no-blame = No blame
crit-no-forbidden = No forbidden phrases
crit-channel-fit = Fits the channel
crit-emoji-policy = Emoji policy
crit-positive-tone = Positive tone
crit-readability = Readability
crit-uses-name = Uses the customer's name
crit-no-public-pii = No personal data in public
crit-right-language = Right language
crit-no-political-stance = No personal stance
crit-next-step = A clear next step
crit-thanks = Thanks the customer
crit-signature = Sign-off
crit-choice = Your choice

crit-custom-text = { $text }

crit-acknowledge-pass = You named the customer's issue ("{ $found }"), so they know you read their post.
crit-acknowledge-partial = You acknowledged the customer ("{ $found }") but did not name the problem itself. Say what went wrong (e.g. { $issue }) so the reply doesn't read like a template.
crit-acknowledge-fail = The reply doesn't show you read the post. Name the customer's issue (e.g. { $issue }).
crit-acknowledge-fail-generic = The reply doesn't acknowledge what the customer wrote. Start by showing you heard them.

crit-apology-pass = A real apology: "{ $found }".
crit-apology-partial = You apologised ("{ $found }"), but not for anything specific. Name what you are sorry about (e.g. { $issue }).
crit-apology-fail = No apology. A customer who has had a bad experience expects one, even when it wasn't your fault.
crit-apology-fail-conditional = "{ $found }" is a conditional apology: it questions the customer's feelings instead of apologising for what happened. Apologise for the situation itself.
crit-apology-partial-hedged = "{ $found }" hedges the apology with "if". Apologise for what happened, plainly.
crit-apology-fail-negated = "{ $found }" says you are not sorry. That reads as dismissive in public.

crit-empathy-pass = You showed you understand how the customer feels ("{ $found }").
crit-empathy-partial = "{ $found }" acknowledges the customer, but says nothing about how they feel. Name the feeling: frustrating, worrying, disappointing.
crit-empathy-fail = No empathy. Show you understand how the situation feels to the customer before you explain.

crit-move-to-private-na = Not applicable: { $channel } is already a private channel.
crit-move-to-private-pass = You moved the conversation to a private channel ("{ $found }"). Personal details stay out of public view.
crit-move-to-private-partial = You offered another private route ("{ $found }"). Inviting a direct message keeps the conversation on the channel the customer chose.
crit-move-to-private-fail = Details like order numbers don't belong in a public thread. Invite the customer to send a direct message.
crit-move-to-private-fail-public = "{ $found }" asks the customer to post their details publicly, where everyone can read them. Ask for a direct message instead.

crit-asks-details-pass = You asked for the specific details you need ("{ $found }").
crit-asks-details-partial = You asked for "{ $found }". Say exactly which details you need (an order number, a booking reference) so the customer can answer in one go.
crit-asks-details-fail = You didn't ask for the details needed to help. Ask for exactly what you need, e.g. the order number.

crit-no-blame-pass = No blame: the reply stays on the customer's side.
crit-no-blame-partial = "{ $found }" sounds like a reminder that the customer should have known better. Explain again without the reproach.
crit-no-blame-fail = "{ $found }" blames the customer. Even when they made a mistake, in public it reads as the brand being defensive.

crit-no-forbidden-pass = No forbidden phrases.
crit-no-forbidden-fail = "{ $found }" is a forbidden phrase for this brand. Phrases like this escalate a conversation; the score is capped.

crit-channel-fit-x-pass = { $length }/{ $limit } characters: fits X.
crit-channel-fit-x-fail = { $length }/{ $limit } characters: too long for X. The highlighted part would not fit; cut it or move the details to a direct message.
crit-channel-fit-hard-pass = { $length }/{ $limit } characters: fits { $channel }.
crit-channel-fit-hard-fail = { $length }/{ $limit } characters: { $channel } does not accept a reply this long.
crit-channel-fit-style-pass = { $length } characters, within the brand's target of { $limit } for { $channel }.
crit-channel-fit-style-partial = { $length } characters: a little over the brand's target of { $limit } for { $channel }. Tighten it.
crit-channel-fit-style-fail = { $length } characters: far over the brand's target of { $limit } for { $channel }. Long replies don't get read on this channel.

crit-emoji-policy-na = No brand emoji policy applies.
crit-emoji-policy-never-pass = No emoji, as the brand's policy requires.
crit-emoji-policy-never-fail = { $count ->
        [one] 1 emoji
       *[other] { $count } emoji
    }, but this brand never uses emoji.
crit-emoji-policy-sparing-pass = { $count ->
        [0] No emoji: fine, the brand allows up to { $max }.
       *[other] { $count } of at most { $max } emoji: within the brand's policy.
    }
crit-emoji-policy-sparing-partial = { $count } emoji: one more than the brand's limit of { $max }.
crit-emoji-policy-sparing-fail = { $count } emoji: well over the brand's limit of { $max }.
crit-emoji-policy-free-pass = Emoji are part of this brand's voice.

crit-positive-tone-pass = Friendly and positive ("{ $found }").
crit-positive-tone-partial = The tone is neutral. A friendly word ("happy to help", "glad you told us") makes the reply warmer.
crit-positive-tone-fail = The tone comes across as negative ("{ $found }"). Say what you can do rather than what you can't.
crit-positive-tone-fail-sarcasm = "{ $found }" can read as sarcastic or condescending. In writing, irony is easily misread.
crit-positive-tone-fail-shouting = Words in capitals ("{ $found }") read as shouting.

crit-readability-short = Short and easy to read.
crit-readability-pass = Easy to read: { $words } words per sentence on average (LIX { $lix }).
crit-readability-partial = Somewhat hard to read (LIX { $lix }, longest sentence { $longest } words). Split long sentences and prefer short words.
crit-readability-fail = Hard to read (LIX { $lix }, longest sentence { $longest } words). A customer scrolling on a phone won't get through it: split it up.

crit-uses-name-na = Not applicable: the customer's name is not known.
crit-uses-name-pass = You addressed the customer by name ("{ $found }").
crit-uses-name-fail = You didn't use the customer's name ({ $name }). Using it makes the reply personal, not a template.

crit-no-public-pii-na = Not applicable: { $channel } is private.
crit-no-public-pii-pass = No personal data in the public reply.
crit-no-public-pii-fail = The public reply contains personal data ({ $kind ->
        [email] an e-mail address
        [phone] a phone number
        [hetu] a personal identity code
        [iban] a bank account number
        [card] a card number
        [address] a street address
       *[other] details the customer shared
    }: "{ $found }"). Everyone can read it; never repeat it in public.
crit-no-public-pii-fail-request = "{ $found }" asks for personal data in public. Ask for it in a direct message.

crit-right-language-na = Too short to tell the language.
crit-right-language-pass = Written in the customer's language ({ $lang ->
        [fi] Finnish
        [sv] Swedish
       *[en] English
    }).
crit-right-language-partial = Mostly in { $lang ->
        [fi] Finnish
        [sv] Swedish
       *[en] English
    }, but with words from another language. Keep to the customer's language.
crit-right-language-fail = Not written in { $lang ->
        [fi] Finnish
        [sv] Swedish
       *[en] English
    }, the language the customer wrote in.

crit-no-political-stance-pass = No personal opinion on the topic: you stayed neutral.
crit-no-political-stance-partial = "{ $found }" judges a topic from the news. Stick to facts and point to the official statement.
crit-no-political-stance-fail = "{ $found }" takes a personal stance on a topic from the news. A brand account speaks for the company: point to the official statement instead.

crit-next-step-pass = There is a clear next step ("{ $found }").
crit-next-step-partial = You offer { $count } different ways to get in touch. Pick one, so the customer knows exactly what to do.
crit-next-step-fail = No next step. Tell the customer what happens now or what they can do.

crit-thanks-pass = You thanked the customer ("{ $found }").
crit-thanks-fail = You didn't thank the customer. A thank-you acknowledges the time they took to write.
crit-thanks-fail-sarcastic = "{ $found }" is sarcastic, not a thank-you.

crit-signature-na = This brand doesn't sign its replies.
crit-signature-pass = Signed as the brand does: "{ $found }".
crit-signature-partial-place = The sign-off ("{ $found }") should come at the very end.
crit-signature-partial-form = "{ $found }" is not the brand's sign-off format. Sign like this: { $expected }
crit-signature-fail = No sign-off. This brand signs its replies: { $expected }

crit-empty-reply = The reply is empty: write a reply before it can be scored.
crit-signature-fail-any = No sign-off. End with your name or initials (e.g. "^AK", "/Anna", "– Anna") so the customer knows who answered.
crit-acknowledge-fail-post = Name the customer's actual issue, in the words of their post, so they know you read it.
crit-acknowledge-fail-generic-words = "{ $found }" fits every case. Name the customer's actual issue (for example { $issue }) so they know you read their post.
crit-empathy-fail-generic = "{ $found }" says you read the message, not how it feels. Name the feeling or the impact ("that must be so frustrating") to show empathy.
crit-move-to-private-fail-other = "{ $found }" is private, but the customer should get an invitation to a direct message here, where the thread continues. Invite them to DM you.
