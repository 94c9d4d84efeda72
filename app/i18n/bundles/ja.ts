import account from "../../../locales/ja/account.json";
import auth from "../../../locales/ja/auth.json";
import common from "../../../locales/ja/common.json";
import courses from "../../../locales/ja/courses.json";
import mentoring from "../../../locales/ja/mentoring.json";
import mail from "../../../locales/ja/mail.json";
import partners from "../../../locales/ja/partners.json";
import team from "../../../locales/ja/team.json";
import trainer from "../../../locales/ja/trainer.json";
import portfolio from "../../../locales/ja/portfolio.json";
import outcomes from "../../../locales/ja/outcomes.json";
import funders from "../../../locales/ja/funders.json";
import work from "../../../locales/ja/work.json";

// Every string of one language, for the server (the browser loads namespaces one by one: client.ts).
export default { common, auth, courses, trainer, team, mentoring, partners, mail, account, portfolio, outcomes, funders, work };
