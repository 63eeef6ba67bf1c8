-- Stories across every community, newest first (the value stories' list and its API): without an
-- index in that order each page sorted every story the reader may read (5.6 ms at national scale,
-- on every page); with it a page reads the newest until it has enough.
create index ix_value_stories_newest on value_stories (created_at desc, id desc);
