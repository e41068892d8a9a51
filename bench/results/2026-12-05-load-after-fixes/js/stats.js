var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {
        "total": "14527",
        "ok": "14527",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "3",
        "ok": "3",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "8263",
        "ok": "8263",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "3389",
        "ok": "3389",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1323",
        "ok": "1323",
        "ko": "-"
    },
    "percentiles1": {
        "total": "3422",
        "ok": "3378",
        "ko": "-"
    },
    "percentiles2": {
        "total": "4250",
        "ok": "4251",
        "ko": "-"
    },
    "percentiles3": {
        "total": "5503",
        "ok": "5502",
        "ko": "-"
    },
    "percentiles4": {
        "total": "6459",
        "ok": "6459",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 770,
    "percentage": 5.300474977627865
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 325,
    "percentage": 2.23721346458319
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 13432,
    "percentage": 92.46231155778895
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "110.89",
        "ok": "110.89",
        "ko": "-"
    }
},
contents: {
"group_push-3452698": {
          type: "GROUP",
name: "push",
path: "push",
pathFormatted: "group_push-3452698",
stats: {
    "name": "push",
    "numberOfRequests": {
        "total": "367",
        "ok": "367",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "1779",
        "ok": "1779",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "33562",
        "ok": "33562",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "20795",
        "ok": "20795",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "6366",
        "ok": "6366",
        "ko": "-"
    },
    "percentiles1": {
        "total": "21753",
        "ok": "21753",
        "ko": "-"
    },
    "percentiles2": {
        "total": "23420",
        "ok": "23420",
        "ko": "-"
    },
    "percentiles3": {
        "total": "30516",
        "ok": "30516",
        "ko": "-"
    },
    "percentiles4": {
        "total": "32479",
        "ok": "32479",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 0,
    "percentage": 0.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 367,
    "percentage": 100.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.8",
        "ok": "2.8",
        "ko": "-"
    }
},
contents: {
"req_push--container--69030719": {
        type: "REQUEST",
        name: "push: container",
path: "push / push: container",
pathFormatted: "req_push---push--co--958444726",
stats: {
    "name": "push: container",
    "numberOfRequests": {
        "total": "367",
        "ok": "367",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "50",
        "ok": "50",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "7424",
        "ok": "7424",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "4197",
        "ok": "4197",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1374",
        "ok": "1374",
        "ko": "-"
    },
    "percentiles1": {
        "total": "4193",
        "ok": "4193",
        "ko": "-"
    },
    "percentiles2": {
        "total": "4923",
        "ok": "4923",
        "ko": "-"
    },
    "percentiles3": {
        "total": "6272",
        "ok": "6272",
        "ko": "-"
    },
    "percentiles4": {
        "total": "6791",
        "ok": "6791",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 21,
    "percentage": 5.722070844686648
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 3,
    "percentage": 0.8174386920980926
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 343,
    "percentage": 93.46049046321527
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.8",
        "ok": "2.8",
        "ko": "-"
    }
}
    },"req_push--image--795465317": {
        type: "REQUEST",
        name: "push: image",
path: "push / push: image",
pathFormatted: "req_push---push--im-2142336164",
stats: {
    "name": "push: image",
    "numberOfRequests": {
        "total": "357",
        "ok": "357",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "63",
        "ok": "63",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "6426",
        "ok": "6426",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "3129",
        "ok": "3129",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1136",
        "ok": "1136",
        "ko": "-"
    },
    "percentiles1": {
        "total": "3169",
        "ok": "3169",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3795",
        "ok": "3795",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4817",
        "ok": "4817",
        "ko": "-"
    },
    "percentiles4": {
        "total": "5699",
        "ok": "5699",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 19,
    "percentage": 5.322128851540616
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 3,
    "percentage": 0.8403361344537815
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 335,
    "percentage": 93.8375350140056
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.73",
        "ok": "2.73",
        "ko": "-"
    }
}
    },"req_push--upload-ur-1765122672": {
        type: "REQUEST",
        name: "push: upload URL",
path: "push / push: upload URL",
pathFormatted: "req_push---push--up--36907769",
stats: {
    "name": "push: upload URL",
    "numberOfRequests": {
        "total": "348",
        "ok": "348",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "66",
        "ok": "66",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "7274",
        "ok": "7274",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "4134",
        "ok": "4134",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1279",
        "ok": "1279",
        "ko": "-"
    },
    "percentiles1": {
        "total": "4146",
        "ok": "4146",
        "ko": "-"
    },
    "percentiles2": {
        "total": "4786",
        "ok": "4786",
        "ko": "-"
    },
    "percentiles3": {
        "total": "6330",
        "ok": "6330",
        "ko": "-"
    },
    "percentiles4": {
        "total": "7056",
        "ok": "7056",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 16,
    "percentage": 4.597701149425287
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 1,
    "percentage": 0.28735632183908044
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 331,
    "percentage": 95.11494252873564
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.66",
        "ok": "2.66",
        "ko": "-"
    }
}
    },"req_push--upload-1457034689": {
        type: "REQUEST",
        name: "push: upload",
path: "push / push: upload",
pathFormatted: "req_push---push--up--1960399912",
stats: {
    "name": "push: upload",
    "numberOfRequests": {
        "total": "328",
        "ok": "328",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "132",
        "ok": "132",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "4906",
        "ok": "4906",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2464",
        "ok": "2464",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "798",
        "ok": "798",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2415",
        "ok": "2415",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2919",
        "ok": "2919",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3858",
        "ok": "3858",
        "ko": "-"
    },
    "percentiles4": {
        "total": "4616",
        "ok": "4616",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 12,
    "percentage": 3.6585365853658534
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 5,
    "percentage": 1.524390243902439
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 311,
    "percentage": 94.8170731707317
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.5",
        "ok": "2.5",
        "ko": "-"
    }
}
    },"req_push--complete--2112435975": {
        type: "REQUEST",
        name: "push: complete",
path: "push / push: complete",
pathFormatted: "req_push---push--co--617106096",
stats: {
    "name": "push: complete",
    "numberOfRequests": {
        "total": "322",
        "ok": "322",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "27",
        "ok": "27",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "8024",
        "ok": "8024",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "4296",
        "ok": "4296",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1123",
        "ok": "1123",
        "ko": "-"
    },
    "percentiles1": {
        "total": "4165",
        "ok": "4165",
        "ko": "-"
    },
    "percentiles2": {
        "total": "4794",
        "ok": "4794",
        "ko": "-"
    },
    "percentiles3": {
        "total": "6303",
        "ok": "6303",
        "ko": "-"
    },
    "percentiles4": {
        "total": "6696",
        "ok": "6696",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 5,
    "percentage": 1.5527950310559007
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 3,
    "percentage": 0.9316770186335404
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 314,
    "percentage": 97.51552795031056
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.46",
        "ok": "2.46",
        "ko": "-"
    }
}
    },"req_push--tag--805285926": {
        type: "REQUEST",
        name: "push: tag",
path: "push / push: tag",
pathFormatted: "req_push---push--ta--1034630877",
stats: {
    "name": "push: tag",
    "numberOfRequests": {
        "total": "315",
        "ok": "315",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "221",
        "ok": "221",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "7916",
        "ok": "7916",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "4267",
        "ok": "4267",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1134",
        "ok": "1134",
        "ko": "-"
    },
    "percentiles1": {
        "total": "4219",
        "ok": "4219",
        "ko": "-"
    },
    "percentiles2": {
        "total": "4874",
        "ok": "4874",
        "ko": "-"
    },
    "percentiles3": {
        "total": "6047",
        "ok": "6047",
        "ko": "-"
    },
    "percentiles4": {
        "total": "7080",
        "ok": "7080",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 8,
    "percentage": 2.5396825396825395
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 307,
    "percentage": 97.46031746031746
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.4",
        "ok": "2.4",
        "ko": "-"
    }
}
    }
}

     },"req_token-lookup--1551966847": {
        type: "REQUEST",
        name: "token lookup",
path: "token lookup",
pathFormatted: "req_token-lookup--1551966847",
stats: {
    "name": "token lookup",
    "numberOfRequests": {
        "total": "1712",
        "ok": "1712",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "10",
        "ok": "10",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "8263",
        "ok": "8263",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "4273",
        "ok": "4273",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1360",
        "ok": "1360",
        "ko": "-"
    },
    "percentiles1": {
        "total": "4257",
        "ok": "4257",
        "ko": "-"
    },
    "percentiles2": {
        "total": "4971",
        "ok": "4971",
        "ko": "-"
    },
    "percentiles3": {
        "total": "6388",
        "ok": "6388",
        "ko": "-"
    },
    "percentiles4": {
        "total": "6774",
        "ok": "6774",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 80,
    "percentage": 4.672897196261682
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 13,
    "percentage": 0.7593457943925234
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1619,
    "percentage": 94.5677570093458
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "13.07",
        "ok": "13.07",
        "ko": "-"
    }
}
    },"req_anonymous-looku-1023686797": {
        type: "REQUEST",
        name: "anonymous lookup",
path: "anonymous lookup",
pathFormatted: "req_anonymous-looku-1023686797",
stats: {
    "name": "anonymous lookup",
    "numberOfRequests": {
        "total": "8114",
        "ok": "8114",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "3",
        "ok": "3",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "6484",
        "ok": "6484",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "3293",
        "ok": "3293",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1099",
        "ok": "1099",
        "ko": "-"
    },
    "percentiles1": {
        "total": "3306",
        "ok": "3306",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3931",
        "ok": "3933",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4905",
        "ok": "4920",
        "ko": "-"
    },
    "percentiles4": {
        "total": "5497",
        "ok": "5504",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 415,
    "percentage": 5.114616711856051
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 69,
    "percentage": 0.8503820557061867
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 7630,
    "percentage": 94.03500123243776
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "61.94",
        "ok": "61.94",
        "ko": "-"
    }
}
    },"req_pull-3452485": {
        type: "REQUEST",
        name: "pull",
path: "pull",
pathFormatted: "req_pull-3452485",
stats: {
    "name": "pull",
    "numberOfRequests": {
        "total": "1332",
        "ok": "1332",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "64",
        "ok": "64",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "8083",
        "ok": "8083",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "3872",
        "ok": "3872",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1336",
        "ok": "1336",
        "ko": "-"
    },
    "percentiles1": {
        "total": "3904",
        "ok": "3904",
        "ko": "-"
    },
    "percentiles2": {
        "total": "4681",
        "ok": "4681",
        "ko": "-"
    },
    "percentiles3": {
        "total": "6043",
        "ok": "6043",
        "ko": "-"
    },
    "percentiles4": {
        "total": "6717",
        "ok": "6717",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 49,
    "percentage": 3.6786786786786783
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 24,
    "percentage": 1.8018018018018018
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1259,
    "percentage": 94.51951951951952
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "10.17",
        "ok": "10.17",
        "ko": "-"
    }
}
    },"req_pull-redirect-1--765801016": {
        type: "REQUEST",
        name: "pull Redirect 1",
path: "pull Redirect 1",
pathFormatted: "req_pull-redirect-1--765801016",
stats: {
    "name": "pull Redirect 1",
    "numberOfRequests": {
        "total": "1332",
        "ok": "1332",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "5",
        "ok": "5",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "5018",
        "ok": "5018",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "1813",
        "ok": "1813",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "894",
        "ok": "894",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1742",
        "ok": "1742",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2393",
        "ok": "2393",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3524",
        "ok": "3524",
        "ko": "-"
    },
    "percentiles4": {
        "total": "3878",
        "ok": "3878",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 145,
    "percentage": 10.885885885885886
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 204,
    "percentage": 15.315315315315313
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 983,
    "percentage": 73.7987987987988
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "10.17",
        "ok": "10.17",
        "ko": "-"
    }
}
    }
}

}

function fillStats(stat){
    $("#numberOfRequests").append(stat.numberOfRequests.total);
    $("#numberOfRequestsOK").append(stat.numberOfRequests.ok);
    $("#numberOfRequestsKO").append(stat.numberOfRequests.ko);

    $("#minResponseTime").append(stat.minResponseTime.total);
    $("#minResponseTimeOK").append(stat.minResponseTime.ok);
    $("#minResponseTimeKO").append(stat.minResponseTime.ko);

    $("#maxResponseTime").append(stat.maxResponseTime.total);
    $("#maxResponseTimeOK").append(stat.maxResponseTime.ok);
    $("#maxResponseTimeKO").append(stat.maxResponseTime.ko);

    $("#meanResponseTime").append(stat.meanResponseTime.total);
    $("#meanResponseTimeOK").append(stat.meanResponseTime.ok);
    $("#meanResponseTimeKO").append(stat.meanResponseTime.ko);

    $("#standardDeviation").append(stat.standardDeviation.total);
    $("#standardDeviationOK").append(stat.standardDeviation.ok);
    $("#standardDeviationKO").append(stat.standardDeviation.ko);

    $("#percentiles1").append(stat.percentiles1.total);
    $("#percentiles1OK").append(stat.percentiles1.ok);
    $("#percentiles1KO").append(stat.percentiles1.ko);

    $("#percentiles2").append(stat.percentiles2.total);
    $("#percentiles2OK").append(stat.percentiles2.ok);
    $("#percentiles2KO").append(stat.percentiles2.ko);

    $("#percentiles3").append(stat.percentiles3.total);
    $("#percentiles3OK").append(stat.percentiles3.ok);
    $("#percentiles3KO").append(stat.percentiles3.ko);

    $("#percentiles4").append(stat.percentiles4.total);
    $("#percentiles4OK").append(stat.percentiles4.ok);
    $("#percentiles4KO").append(stat.percentiles4.ko);

    $("#meanNumberOfRequestsPerSecond").append(stat.meanNumberOfRequestsPerSecond.total);
    $("#meanNumberOfRequestsPerSecondOK").append(stat.meanNumberOfRequestsPerSecond.ok);
    $("#meanNumberOfRequestsPerSecondKO").append(stat.meanNumberOfRequestsPerSecond.ko);
}
